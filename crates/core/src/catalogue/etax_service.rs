//! ETAXSERVICE-xxxxx: answers of the DJP server.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "ETAXSERVICE-10001",
        family: Family::EtaxService,
        official: Some("Error Database"),
        also_published: &[],
        message: Text {
            id: "Database server DJP bermasalah",
            en: "DJP server database error",
        },
        cause: Text {
            id: "Server DJP gagal membaca atau menulis database-nya sendiri ketika memproses \
                 unggahan atau permintaan Anda. Gangguannya ada di sisi DJP (atau sandbox \
                 otoritas), bukan pada data faktur maupun database lokal Anda.",
            en: "The DJP server failed to read or write its own database while handling your \
                 upload or request. The fault lies with DJP (or the authority sandbox), not with \
                 the invoice data or your local database.",
        },
        remedy: Text {
            id: "Data faktur tidak perlu diubah. Antrean unggah OpenFaktur mengirim ulang \
                 sendiri dengan jeda yang makin panjang; pantau kemajuannya dengan `faktur sync \
                 status`. Bila kode ini masih muncul setelah sehari, jalankan `faktur doctor` \
                 lalu hubungi Kring Pajak 1500200. Di e-Faktur desktop, tunggu sebentar lalu \
                 unggah ulang, sebaiknya di luar jam sibuk menjelang batas waktu unggah.",
            en: "The invoice data needs no change. OpenFaktur's upload outbox sends it again by \
                 itself with growing pauses; follow its progress with `faktur sync status`. If \
                 the code still shows after a day, run `faktur doctor` and then call Kring Pajak \
                 1500200. In the e-Faktur desktop, wait a while and upload again, preferably \
                 outside the rush before the upload deadline.",
        },
    },
    Entry {
        code: "ETAXSERVICE-10002",
        family: Family::EtaxService,
        official: Some("Tidak dapat mengambil data"),
        also_published: &[],
        message: Text {
            id: "Server DJP tidak dapat mengambil data",
            en: "The DJP server could not retrieve data",
        },
        cause: Text {
            id: "Server DJP tidak berhasil membaca data yang dibutuhkannya untuk menjawab \
                 permintaan, biasanya karena server sedang sibuk atau salah satu layanan \
                 internalnya terputus sesaat. Kode ini berasal dari server, berbeda dengan \
                 ETAX-10002 yang menyangkut database lokal e-Faktur desktop.",
            en: "The DJP server could not read the data it needed to answer the request, usually \
                 because it was overloaded or one of its internal services dropped for a moment. \
                 This code comes from the server, unlike ETAX-10002, which concerns the local \
                 database of the e-Faktur desktop.",
        },
        remedy: Text {
            id: "Tidak ada yang perlu diperbaiki pada faktur. Antrean unggah OpenFaktur mengirim \
                 ulang sendiri dengan jeda yang makin panjang; pantau kemajuannya dengan `faktur \
                 sync status`. Bila gagal terus, periksa sambungan ke otoritas dengan `faktur \
                 doctor`. Di e-Faktur desktop, ulangi unggahan atau permintaannya beberapa saat \
                 kemudian.",
            en: "Nothing in the invoice needs fixing. OpenFaktur's upload outbox sends it again \
                 by itself with growing pauses; follow its progress with `faktur sync status`. \
                 If it keeps failing, check the connection to the authority with `faktur \
                 doctor`. In the e-Faktur desktop, repeat the upload or request a little later.",
        },
    },
    Entry {
        code: "ETAXSERVICE-10003",
        family: Family::EtaxService,
        official: Some("Tidak dapat mengambil data"),
        also_published: &[],
        message: Text {
            id: "Server DJP tidak dapat mengambil data",
            en: "The DJP server could not retrieve data",
        },
        cause: Text {
            id: "DJP memakai kalimat yang sama untuk kode ini dan ETAXSERVICE-10002: server \
                 gagal membaca data yang diperlukannya, tetapi pada langkah pemrosesan yang \
                 lain. Penyebabnya pun serupa, yaitu server yang sibuk atau gangguan sesaat di \
                 sisi DJP.",
            en: "DJP uses the same sentence for this code and for ETAXSERVICE-10002: the server \
                 could not read data it needed, but at another processing step. The causes are \
                 alike too: an overloaded server or a brief fault on DJP's side.",
        },
        remedy: Text {
            id: "Antrean unggah OpenFaktur mengirim ulang sendiri dengan jeda yang makin \
                 panjang; pantau kemajuannya dengan `faktur sync status`. Bila kode ini terus \
                 muncul untuk faktur yang sama sementara faktur lain lolos, catat nomor \
                 fakturnya dan laporkan ke Kring Pajak 1500200. Di e-Faktur desktop, unggah \
                 ulang beberapa saat kemudian.",
            en: "OpenFaktur's upload outbox sends it again by itself with growing pauses; follow \
                 its progress with `faktur sync status`. If the code keeps coming back for one \
                 invoice while others go through, note the invoice number and report it to Kring \
                 Pajak 1500200. In the e-Faktur desktop, upload again a little later.",
        },
    },
    Entry {
        code: "ETAXSERVICE-10004",
        family: Family::EtaxService,
        official: Some("Data digunakan sebagai referensi"),
        also_published: &[],
        message: Text {
            id: "Data masih dipakai sebagai referensi",
            en: "The data is still used as a reference",
        },
        cause: Text {
            id: "Server menolak mengubah atau menghapus data karena data lain di DJP masih \
                 merujuk kepadanya, misalnya faktur yang sudah memiliki nota retur atau faktur \
                 pengganti.",
            en: "The server refused to change or delete a record because other data at DJP still \
                 points to it, for example an invoice that already has a nota retur or a \
                 replacement invoice.",
        },
        remedy: Text {
            id: "Lihat dokumen yang terkait dengan `faktur invoice show ID`. Tuntaskan dulu \
                 dokumen yang merujuknya (misalnya nota retur yang keliru), baru ulangi \
                 perubahan pada dokumen asal. Bila tidak ada dokumen yang merujuk, catat kodenya \
                 dan hubungi Kring Pajak 1500200.",
            en: "Look at the related documents with `faktur invoice show ID`. Settle the \
                 document that refers to it first (for example a mistaken nota retur), then \
                 repeat the change on the original. If nothing refers to it, note the code and \
                 call Kring Pajak 1500200.",
        },
    },
    Entry {
        code: "ETAXSERVICE-10005",
        family: Family::EtaxService,
        official: Some("Data tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Data tidak ditemukan di server DJP",
            en: "Data not found on the DJP server",
        },
        cause: Text {
            id: "Data yang diminta tidak ada di server DJP: fakturnya belum diunggah atau belum \
                 disetujui, nomornya salah, atau data itu milik NPWP lain.",
            en: "The server has no record of what was asked for: the invoice has not been \
                 uploaded or approved yet, the number is wrong, or the record belongs to another \
                 NPWP.",
        },
        remedy: Text {
            id: "Periksa nomor dan status faktur dengan `faktur invoice show ID` dan pastikan \
                 perusahaan yang dipilih benar (`--company`). Bila faktur itu belum terkirim, \
                 jalankan `faktur sync --once` dan tunggu persetujuannya sebelum membuat \
                 pengganti, pembatalan, atau nota retur atasnya.",
            en: "Check the invoice number and status with `faktur invoice show ID` and make sure \
                 the right company is selected (`--company`). If the invoice has not been sent \
                 yet, run `faktur sync --once` and wait for its approval before making a \
                 replacement, cancellation or nota retur on it.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20001",
        family: Family::EtaxService,
        official: Some("Nomor Faktur tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur tidak ditemukan di DJP",
            en: "Invoice number not found at DJP",
        },
        cause: Text {
            id: "Nomor faktur yang dirujuk (misalnya faktur masukan yang direkam pembeli, atau \
                 faktur yang diretur) belum ada di database DJP. Biasanya penjual belum \
                 mengunggah faktur keluarannya, unggahannya belum disetujui, nomornya salah \
                 ketik, atau datanya tertahan di server DJP.",
            en: "The invoice number referred to (for example an input invoice the buyer records, \
                 or the invoice a retur points to) is not in DJP's database. Usually the seller \
                 has not uploaded its output invoice, the upload is not approved yet, the number \
                 was mistyped, or the record is stuck on the DJP server.",
        },
        remedy: Text {
            id: "Cocokkan nomornya dengan PDF atau kode QR faktur dari penjual, lalu minta \
                 penjual memastikan fakturnya sudah diunggah dan disetujui. Sesudah itu `faktur \
                 sync` menarik faktur masukan tersebut, dan `faktur reconcile` menunjukkan \
                 faktur yang masih belum ada. Bila penjual menyatakan fakturnya sudah disetujui \
                 tetapi kode ini tetap muncul setelah sehari, hubungi Kring Pajak 1500200 dengan \
                 menyebut nomor fakturnya.",
            en: "Compare the number with the seller's PDF or QR code, then ask the seller to \
                 confirm that the invoice was uploaded and approved. After that `faktur sync` \
                 pulls the input invoice in, and `faktur reconcile` shows which invoices are \
                 still missing. If the seller says it is approved but the code persists after a \
                 day, call Kring Pajak 1500200 and quote the invoice number.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20002",
        family: Family::EtaxService,
        official: Some("Session tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Sesi tidak ditemukan",
            en: "Session not found",
        },
        cause: Text {
            id: "Server DJP tidak mengenali sesi koneksi yang dipakai: sesi sudah kedaluwarsa \
                 karena lama tidak aktif, server dimulai ulang, atau jam komputer berbeda jauh \
                 dari jam server.",
            en: "The DJP server does not recognise the connection session in use: it expired \
                 after a long idle time, the server was restarted, or the computer's clock is \
                 far from the server's.",
        },
        remedy: Text {
            id: "Antrean unggah OpenFaktur mengulang pengiriman sendiri dengan sesi baru; pantau \
                 di `faktur sync status`. Bila kode ini berulang, jalankan `faktur doctor` untuk \
                 memeriksa jam komputer dan sambungan ke otoritas. Di e-Faktur desktop, keluar \
                 (logout), masuk lagi, lalu unggah ulang.",
            en: "OpenFaktur's upload outbox retries by itself with a fresh session; follow it \
                 with `faktur sync status`. If the code keeps returning, run `faktur doctor` to \
                 check the computer clock and the connection to the authority. In the e-Faktur \
                 desktop, log out, log in again and upload again.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20003",
        family: Family::EtaxService,
        official: Some("Lawan Transaksi bukan ENofa"),
        also_published: &[],
        message: Text {
            id: "Lawan transaksi bukan pengguna e-Nofa",
            en: "The counterparty is not an e-Nofa user",
        },
        cause: Text {
            id: "NPWP lawan transaksi pada dokumen tidak terdaftar sebagai pengguna e-Nofa, \
                 artinya bukan PKP yang memperoleh NSFP secara elektronik. Paling sering \
                 NPWP-nya salah ketik atau tertukar antara pusat dan cabang; bisa juga lawan \
                 transaksi memang belum aktif di e-Nofa.",
            en: "The counterparty's NPWP on the document is not registered as an e-Nofa user, \
                 meaning it is not a PKP that obtains NSFP electronically. Most often the NPWP \
                 is mistyped or head office and branch were mixed up; otherwise the counterparty \
                 is really not active in e-Nofa yet.",
        },
        remedy: Text {
            id: "Cocokkan NPWP lawan transaksi dengan SPPKP atau kartu NPWP-nya. Bila salah, \
                 rekam ulang dokumennya dengan NPWP yang benar memakai `faktur invoice create`. \
                 Bila sudah benar, minta lawan transaksi memastikan akun e-Nofa-nya aktif di \
                 KPP, lalu unggah ulang.",
            en: "Compare the counterparty's NPWP with its SPPKP or NPWP card. If it is wrong, \
                 record the document again with the right NPWP using `faktur invoice create`. If \
                 it is right, ask the counterparty to get its e-Nofa account activated at its \
                 KPP, then upload again.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20004",
        family: Family::EtaxService,
        official: Some("Lawan Transaksi bukan ETax user"),
        also_published: &[],
        message: Text {
            id: "Lawan transaksi bukan pengguna e-Faktur",
            en: "The counterparty is not an e-Faktur user",
        },
        cause: Text {
            id: "Dokumen ini mensyaratkan lawan transaksi sebagai PKP pengguna e-Faktur, tetapi \
                 NPWP yang dicantumkan belum ditetapkan sebagai pengguna e-Faktur pada tanggal \
                 dokumen. Karena semua PKP memakai e-Faktur sejak 1 Juli 2016, kini kode ini \
                 hampir selalu berarti NPWP-nya salah atau tanggal dokumennya terlalu lama.",
            en: "This document requires the counterparty to be a PKP using e-Faktur, but the \
                 NPWP given was not an e-Faktur user on the document date. Since every PKP has \
                 used e-Faktur from 1 July 2016, nowadays the code nearly always means a wrong \
                 NPWP or a very old document date.",
        },
        remedy: Text {
            id: "Periksa NPWP dan tanggal dokumen dengan `faktur invoice show ID`. Betulkan yang \
                 salah lalu rekam ulang dokumennya dengan `faktur invoice create`. Bila keduanya \
                 benar, minta lawan transaksi menanyakan status pengguna e-Faktur-nya ke KPP \
                 tempat ia terdaftar.",
            en: "Check the NPWP and the document date with `faktur invoice show ID`. Correct \
                 whatever is wrong and record the document again with `faktur invoice create`. \
                 If both are right, ask the counterparty to check its e-Faktur user status with \
                 the KPP where it is registered.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20005",
        family: Family::EtaxService,
        official: Some("Faktur dibuat sebelum PKP ETax"),
        also_published: &[],
        message: Text {
            id: "Faktur bertanggal sebelum PKP menjadi pengguna e-Faktur",
            en: "Invoice dated before the PKP became an e-Faktur user",
        },
        cause: Text {
            id: "Tanggal faktur lebih awal daripada tanggal penjual ditetapkan sebagai PKP \
                 pengguna e-Faktur. Faktur untuk penyerahan sebelum tanggal itu dibuat dalam \
                 bentuk kertas dan tidak dapat diunggah.",
            en: "The invoice date is earlier than the date the seller was designated an e-Faktur \
                 PKP. Invoices for supplies before that date were made on paper and cannot be \
                 uploaded.",
        },
        remedy: Text {
            id: "Periksa tanggal faktur. Bila salah ketik, rekam ulang faktur dengan tanggal \
                 yang benar memakai `faktur invoice create`. Bila penyerahannya memang terjadi \
                 sebelum penetapan, jangan unggah faktur itu dan tanyakan penatausahaannya ke \
                 KPP.",
            en: "Check the invoice date. If it was mistyped, record the invoice again with the \
                 right date using `faktur invoice create`. If the supply really took place \
                 before the designation, do not upload the invoice and ask the KPP how to \
                 administer it.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20006",
        family: Family::EtaxService,
        official: Some("Nomor Faktur yang akan diganti tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Faktur yang akan diganti tidak ditemukan",
            en: "The invoice to be replaced was not found",
        },
        cause: Text {
            id: "Faktur pengganti merujuk ke nomor faktur yang tidak dikenal DJP: NSFP faktur \
                 asal salah ketik, faktur asal belum disetujui, atau faktur asal diterbitkan \
                 atas NPWP penjual lain.",
            en: "The replacement points to an invoice number DJP does not know: the original's \
                 NSFP was mistyped, the original is not approved yet, or it was issued under \
                 another seller's NPWP.",
        },
        remedy: Text {
            id: "Buat faktur pengganti hanya dari faktur asal yang sudah disetujui, dengan \
                 `faktur invoice replace ID`; nomor faktur asal ikut tersalin sehingga tidak \
                 perlu diketik. Bila datanya dari CSV, pastikan `NOMOR_FAKTUR` pada baris \
                 pengganti sama persis dengan 13 digit NSFP faktur asal, dan periksa berkasnya \
                 dengan `faktur import --dry-run`. Di e-Faktur desktop, buat pengganti dari \
                 faktur asal yang berstatus disetujui.",
            en: "Make a replacement only from an approved original, with `faktur invoice replace \
                 ID`; the original number is carried over, so nothing has to be typed. If the \
                 data comes from a CSV file, make sure `NOMOR_FAKTUR` on the replacement row \
                 equals the 13-digit NSFP of the original exactly, and check the file with \
                 `faktur import --dry-run`. In the e-Faktur desktop, start the replacement from \
                 the approved original.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20007",
        family: Family::EtaxService,
        official: Some("Tanggal Faktur Pengganti tidak boleh kurang dari tanggal Faktur"),
        also_published: &[],
        message: Text {
            id: "Tanggal faktur pengganti mendahului faktur asal",
            en: "The replacement is dated before the original invoice",
        },
        cause: Text {
            id: "Faktur pengganti bertanggal lebih awal daripada faktur yang diganti. Pengganti \
                 diberi tanggal saat penggantian dibuat, sehingga tidak mungkin mendahului \
                 faktur asalnya.",
            en: "The replacement carries a date earlier than the invoice it replaces. A \
                 replacement is dated on the day it is made, so it can never come before its \
                 original.",
        },
        remedy: Text {
            id: "Isi `date` pada draf pengganti dengan tanggal pembuatan penggantian, yaitu sama \
                 dengan atau sesudah tanggal faktur asal, lalu buat ulang dengan `faktur invoice \
                 replace ID FILE`. Masa pajaknya tetap masa faktur asal.",
            en: "Set `date` in the replacement draft to the day the replacement is made, which \
                 is on or after the original's date, then make it again with `faktur invoice \
                 replace ID FILE`. Its tax period stays that of the original.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20008",
        family: Family::EtaxService,
        official: Some("Nomor Faktur sudah digunakan"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur sudah digunakan",
            en: "Invoice number already used",
        },
        cause: Text {
            id: "NSFP ini sudah pernah diunggah ke DJP, baik oleh faktur yang sama (unggahan \
                 ganda) maupun oleh faktur lain. Dua faktur dengan NSFP yang sama dalam satu \
                 tahun menjadikan keduanya faktur pajak tidak lengkap.",
            en: "This NSFP has already been uploaded to DJP, either by the same invoice (a \
                 double upload) or by a different one. Two invoices sharing an NSFP in one year \
                 both become incomplete tax invoices.",
        },
        remedy: Text {
            id: "Penolakan ini permanen dan dicatat pada faktur; antrean unggah tidak \
                 mengulangnya. Periksa dengan `faktur invoice list` apakah faktur yang sama \
                 sudah disetujui; bila ya, tidak ada lagi yang perlu dilakukan. Bila nomornya \
                 dipakai faktur lain, rekam ulang faktur ini dengan `faktur invoice create` agar \
                 mendapat NSFP berikutnya yang belum terpakai (di e-Faktur desktop, rekam ulang \
                 dengan nomor lain dari rentang NSFP Anda).",
            en: "This refusal is permanent and is recorded on the invoice; the outbox does not \
                 retry it. Check with `faktur invoice list` whether the same invoice is already \
                 approved; if so, nothing more is needed. If another invoice used the number, \
                 record this one again with `faktur invoice create` so that it takes the next \
                 unused NSFP (in the e-Faktur desktop, record it again with another number from \
                 your NSFP range).",
        },
    },
    Entry {
        code: "ETAXSERVICE-20009",
        family: Family::EtaxService,
        official: Some("Flag Pengganti untuk Nomor Faktur salah"),
        also_published: &[],
        message: Text {
            id: "Status pengganti tidak cocok dengan nomor faktur",
            en: "The replacement flag does not fit the invoice number",
        },
        cause: Text {
            id: "Digit status (`FG_PENGGANTI`) bertentangan dengan data nomor itu di DJP: faktur \
                 dikirim sebagai normal (0) padahal NSFP-nya sudah disetujui, atau sebagai \
                 pengganti (1) padahal belum ada faktur asal yang disetujui.",
            en: "The status digit (`FG_PENGGANTI`) contradicts what DJP holds for that number: \
                 the invoice was sent as normal (0) although its NSFP is already approved, or as \
                 a replacement (1) although no approved original exists.",
        },
        remedy: Text {
            id: "Untuk transaksi baru pakai status 0; untuk membetulkan faktur yang sudah \
                 disetujui pakai `faktur invoice replace ID`, yang mengisi status 1 sendiri. \
                 Bila datanya dari CSV, betulkan kolom `FG_PENGGANTI` dan periksa dengan `faktur \
                 import --dry-run` sebelum mengimpor ulang. Di e-Faktur desktop, buat pengganti \
                 dari faktur asal yang sudah disetujui, bukan dengan merekam faktur baru \
                 bernomor sama.",
            en: "Use status 0 for a new transaction; to correct an approved invoice use `faktur \
                 invoice replace ID`, which sets status 1 itself. If the data comes from a CSV \
                 file, fix the `FG_PENGGANTI` column and check it with `faktur import --dry-run` \
                 before importing again. In the e-Faktur desktop, start the replacement from the \
                 approved original instead of recording a new invoice with the same number.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20010",
        family: Family::EtaxService,
        official: Some("Retur Faktur untuk Faktur sudah terdaftar"),
        also_published: &[],
        message: Text {
            id: "Retur untuk faktur ini sudah terdaftar",
            en: "A retur for this invoice is already registered",
        },
        cause: Text {
            id: "DJP sudah memiliki nota retur dengan nomor retur ini untuk faktur yang sama, \
                 biasanya karena nota retur yang sama terunggah dua kali.",
            en: "DJP already holds a nota retur with this retur number for the same invoice, \
                 usually because the same nota retur was uploaded twice.",
        },
        remedy: Text {
            id: "Lihat retur atas faktur itu dengan `faktur invoice show ID`. Bila retur yang \
                 sama sudah disetujui, tidak perlu tindakan lain; bila ini pengembalian barang \
                 yang berbeda, buat nota retur baru dengan nomor retur lain memakai `faktur \
                 invoice retur ID FILE`.",
            en: "Look at the returs on that invoice with `faktur invoice show ID`. If the same \
                 retur is already approved, nothing else is needed; if this is a different \
                 return of goods, make a new nota retur with another retur number using `faktur \
                 invoice retur ID FILE`.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20011",
        family: Family::EtaxService,
        official: Some("Saldo DPP lebih kecil dari nilai retur"),
        also_published: &[],
        message: Text {
            id: "Sisa DPP lebih kecil dari nilai retur",
            en: "The remaining DPP is smaller than the retur amount",
        },
        cause: Text {
            id: "DPP yang diretur melebihi sisa DPP faktur asal setelah dikurangi semua retur \
                 sebelumnya.",
            en: "The DPP being returned exceeds what remains of the original invoice's DPP after \
                 all earlier returs.",
        },
        remedy: Text {
            id: "Lihat faktur asal beserta retur sebelumnya dengan `faktur invoice show ID` dan \
                 hitung sisa DPP-nya. Buat nota retur dengan DPP paling banyak sebesar sisa itu \
                 memakai `faktur invoice retur ID FILE`. Bila nilai pada faktur asal yang \
                 keliru, betulkan dengan `faktur invoice replace ID`, bukan dengan retur.",
            en: "Look at the original invoice and its earlier returs with `faktur invoice show \
                 ID` and work out the DPP left. Make the nota retur with at most that much DPP \
                 using `faktur invoice retur ID FILE`. If the amount on the original invoice is \
                 what is wrong, correct it with `faktur invoice replace ID`, not with a retur.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20012",
        family: Family::EtaxService,
        official: Some("Saldo PPN lebih kecil dari nilai retur"),
        also_published: &[],
        message: Text {
            id: "Sisa PPN lebih kecil dari nilai retur",
            en: "The remaining PPN is smaller than the retur amount",
        },
        cause: Text {
            id: "PPN yang diretur melebihi sisa PPN faktur asal setelah dikurangi semua retur \
                 sebelumnya. Selisih pembulatan dapat membuat PPN retur penuh sedikit melebihi \
                 sisanya.",
            en: "The PPN being returned exceeds what remains of the original invoice's PPN after \
                 all earlier returs. A rounding difference can push the PPN of a full retur \
                 slightly over the remainder.",
        },
        remedy: Text {
            id: "Lihat faktur asal beserta retur sebelumnya dengan `faktur invoice show ID` dan \
                 hitung sisa PPN-nya. Buat nota retur dengan PPN paling banyak sebesar sisa itu \
                 memakai `faktur invoice retur ID FILE`. Bila nilai pada faktur asal yang \
                 keliru, betulkan dengan `faktur invoice replace ID`, bukan dengan retur.",
            en: "Look at the original invoice and its earlier returs with `faktur invoice show \
                 ID` and work out the PPN left. Make the nota retur with at most that much PPN \
                 using `faktur invoice retur ID FILE`. If the amount on the original invoice is \
                 what is wrong, correct it with `faktur invoice replace ID`, not with a retur.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20013",
        family: Family::EtaxService,
        official: Some("Saldo PPnBM lebih kecil dari nilai retur"),
        also_published: &[],
        message: Text {
            id: "Sisa PPnBM lebih kecil dari nilai retur",
            en: "The remaining PPnBM is smaller than the retur amount",
        },
        cause: Text {
            id: "PPnBM yang diretur melebihi sisa PPnBM faktur asal setelah dikurangi semua \
                 retur sebelumnya.",
            en: "The PPnBM being returned exceeds what remains of the original invoice's PPnBM \
                 after all earlier returs.",
        },
        remedy: Text {
            id: "Lihat faktur asal beserta retur sebelumnya dengan `faktur invoice show ID` dan \
                 hitung sisa PPnBM-nya. Buat nota retur dengan PPnBM paling banyak sebesar sisa \
                 itu memakai `faktur invoice retur ID FILE`. Bila nilai pada faktur asal yang \
                 keliru, betulkan dengan `faktur invoice replace ID`, bukan dengan retur.",
            en: "Look at the original invoice and its earlier returs with `faktur invoice show \
                 ID` and work out the PPnBM left. Make the nota retur with at most that much \
                 PPnBM using `faktur invoice retur ID FILE`. If the amount on the original \
                 invoice is what is wrong, correct it with `faktur invoice replace ID`, not with \
                 a retur.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20014",
        family: Family::EtaxService,
        official: Some("Tidak dapat menggenerate approval code"),
        also_published: &[],
        message: Text {
            id: "Kode persetujuan tidak dapat dibuat",
            en: "The approval code could not be generated",
        },
        cause: Text {
            id: "Server DJP gagal membentuk kode persetujuan (approval code) untuk faktur yang \
                 diunggah. Ini gangguan di sisi server, biasanya saat bebannya tinggi; data \
                 faktur tidak dinilai salah.",
            en: "The DJP server failed to produce the approval code for the uploaded invoice. \
                 This is a server-side fault, usually under heavy load; the invoice data was not \
                 judged wrong.",
        },
        remedy: Text {
            id: "Jangan membuat ulang fakturnya. Antrean unggah OpenFaktur mengirim ulang \
                 sendiri dengan jeda yang makin panjang; pantau kemajuannya dengan `faktur sync \
                 status`. Pengiriman ulang aman karena faktur yang sama hanya disetujui satu \
                 kali. Di e-Faktur desktop, unggah ulang faktur yang gagal beberapa saat \
                 kemudian.",
            en: "Do not create the invoice again. OpenFaktur's upload outbox sends it again by \
                 itself with growing pauses; follow its progress with `faktur sync status`. \
                 Sending again is safe because the same invoice is approved only once. In the \
                 e-Faktur desktop, upload the failed invoice again a little later.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20015",
        family: Family::EtaxService,
        official: Some("Retur dibuat sebelum PKP Etax Ready"),
        also_published: &["NPWP Lawan Transaksi tidak ditemukan"],
        message: Text {
            id: "Retur sebelum PKP memakai e-Faktur, atau NPWP lawan transaksi tidak ditemukan",
            en: "Retur dated before the PKP used e-Faktur, or counterparty NPWP not found",
        },
        cause: Text {
            id: "DJP menerbitkan dua kalimat untuk kode ini. Menurut kalimat pertama, retur \
                 bertanggal sebelum PKP menjadi pengguna e-Faktur; menurut kalimat kedua, NPWP \
                 lawan transaksi tidak ada di data induk DJP, berstatus non-efektif, atau sudah \
                 dicabut.",
            en: "DJP published two sentences for this code. By the first, the retur carries a \
                 date from before the PKP started using e-Faktur; by the second, the \
                 counterparty's NPWP is missing from DJP's master file, is non-effective, or has \
                 been revoked.",
        },
        remedy: Text {
            id: "Untuk retur, periksa tanggalnya lalu buat ulang nota retur dengan tanggal yang \
                 benar memakai `faktur invoice retur ID FILE`. Untuk NPWP, konfirmasikan nomor \
                 dan statusnya kepada pembeli, lalu rekam ulang faktur dengan identitas yang \
                 benar memakai `faktur invoice create`. Sejak e-Faktur 4.0 (20 Juli 2024) \
                 pembeli orang pribadi dalam negeri tanpa NPWP diisi dengan NIK, dan NPWP 000 \
                 hanya untuk orang asing berpaspor.",
            en: "For a retur, check its date and make the nota retur again with the right date \
                 using `faktur invoice retur ID FILE`. For the NPWP, confirm the number and its \
                 status with the buyer, then record the invoice again with the right identity \
                 using `faktur invoice create`. Since e-Faktur 4.0 (20 July 2024) a domestic \
                 individual buyer without an NPWP is identified by NIK, and NPWP 000 is only for \
                 foreigners with a passport.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20016",
        family: Family::EtaxService,
        official: Some("Retur harus terdaftar di ETax Invoice DJP"),
        also_published: &[],
        message: Text {
            id: "Retur harus lebih dulu terdaftar di e-Faktur DJP",
            en: "The retur must first be registered in DJP's e-Faktur",
        },
        cause: Text {
            id: "Penjual mengunggah retur pajak keluaran, sedangkan pembelinya pengguna e-Faktur \
                 yang belum mengunggah nota retur pajak masukannya. Bila pembeli memakai \
                 e-Faktur, nota retur dari pembeli harus sudah ada di DJP lebih dulu.",
            en: "The seller uploaded an output retur while the buyer, an e-Faktur user, has not \
                 yet uploaded its input nota retur. When the buyer uses e-Faktur, DJP needs the \
                 buyer's nota retur first.",
        },
        remedy: Text {
            id: "Minta pembeli mengunggah nota returnya lebih dulu: di OpenFaktur pembeli \
                 membuatnya dengan `faktur invoice retur ID` pada faktur masukan, dan di Coretax \
                 nota retur dibuat oleh pembeli. Setelah retur pembeli disetujui, kirim ulang \
                 retur Anda dengan `faktur sync`.",
            en: "Ask the buyer to upload its nota retur first: in OpenFaktur the buyer makes it \
                 with `faktur invoice retur ID` on the input invoice, and in Coretax the nota \
                 retur is made by the buyer. Once the buyer's retur is approved, send yours \
                 again with `faktur sync`.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20017",
        family: Family::EtaxService,
        official: Some("Client tidak terdaftar"),
        also_published: &[],
        message: Text {
            id: "Aplikasi klien tidak terdaftar",
            en: "The client is not registered",
        },
        cause: Text {
            id: "Instalasi yang mengirim permintaan tidak dikenal DJP sebagai klien aktif, \
                 misalnya karena klien sudah di-reset melalui e-Nofa atau yang dijalankan adalah \
                 salinan aplikasi lama. Di OpenFaktur, artinya perusahaan ini belum terdaftar di \
                 otoritas yang sedang disambungkan (server DJP atau sandbox).",
            en: "The installation sending the request is not known to DJP as an active client, \
                 for example because the client was reset through e-Nofa or an old copy of the \
                 application is being run. In OpenFaktur it means this company is not registered \
                 with the authority it talks to (the DJP server or the sandbox).",
        },
        remedy: Text {
            id: "Jalankan `faktur doctor` untuk memeriksa sambungan ke otoritas dan \
                 konfigurasinya, lalu pastikan perusahaan (`--company`) dan alamat otoritas \
                 (`faktur serve --authority`) sudah benar. Di e-Faktur desktop, periksa status \
                 klien pada Profil User di efaktur.pajak.go.id, registrasi ulang bila perlu, \
                 lalu pindahkan datanya dengan ekspor dan impor.",
            en: "Run `faktur doctor` to check the connection to the authority and the \
                 configuration, then make sure the company (`--company`) and the authority \
                 address (`faktur serve --authority`) are right. In the e-Faktur desktop, check \
                 the client status under Profil User on efaktur.pajak.go.id, register again if \
                 needed, then move the data across by export and import.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20018",
        family: Family::EtaxService,
        official: Some("Client desktop aktif terdaftar lebih dari satu"),
        also_published: &[],
        message: Text {
            id: "Lebih dari satu klien desktop aktif terdaftar",
            en: "More than one active desktop client is registered",
        },
        cause: Text {
            id: "DJP mencatat lebih dari satu instalasi e-Faktur desktop yang aktif untuk NPWP \
                 ini, misalnya karena aplikasi didaftarkan lagi di komputer lain tanpa me-reset \
                 klien yang lama.",
            en: "DJP records more than one active e-Faktur desktop installation for this NPWP, \
                 for example because the application was registered again on another computer \
                 without resetting the old client.",
        },
        remedy: Text {
            id: "Pakai satu instalasi terdaftar saja dan reset klien lainnya melalui akun \
                 e-Nofa; untuk beberapa komputer, gunakan mode database jaringan dari instalasi \
                 yang sama. Di OpenFaktur, beberapa pengguna bekerja bersama lewat `faktur \
                 serve` (dengan PostgreSQL bila perlu), bukan lewat salinan data yang terpisah.",
            en: "Keep a single registered installation and reset the others through the e-Nofa \
                 account; for several computers, use the network database mode of that one \
                 installation. In OpenFaktur, several users share one company through `faktur \
                 serve` (with PostgreSQL if needed), not through separate copies of the data.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20019",
        family: Family::EtaxService,
        official: Some("Client sudah diaktifasi"),
        also_published: &[],
        message: Text {
            id: "Klien sudah diaktivasi",
            en: "The client is already activated",
        },
        cause: Text {
            id: "Registrasi dilakukan untuk klien yang sudah aktif, biasanya karena aplikasi \
                 dijalankan dari berkas zip atau dari folder lain, bukan dari folder yang dulu \
                 didaftarkan.",
            en: "Registration was attempted for a client that is already active, usually because \
                 the application was started from the zip file or from another folder instead of \
                 the one that was registered.",
        },
        remedy: Text {
            id: "Jalankan aplikasi dari folder yang sudah terdaftar. Bila folder itu hilang atau \
                 Anda pindah komputer, reset klien melalui akun e-Nofa lalu daftarkan ulang. Di \
                 OpenFaktur, pakai satu direktori data per perusahaan (`--data-dir` atau \
                 `FAKTUR_HOME`) dan jangan mendaftarkan perusahaan yang sama dari salinan lain.",
            en: "Start the application from the registered folder. If that folder is lost or you \
                 are moving to another computer, reset the client through the e-Nofa account and \
                 register again. In OpenFaktur, keep one data directory per company \
                 (`--data-dir` or `FAKTUR_HOME`) and do not register the same company from \
                 another copy.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20020",
        family: Family::EtaxService,
        official: Some("Nomor seri faktur pajak tidak valid. Nomor Pajak Bukan Jatah"),
        also_published: &[],
        message: Text {
            id: "NSFP bukan jatah penjual",
            en: "The NSFP was not allocated to the seller",
        },
        cause: Text {
            id: "NSFP pada faktur tidak termasuk jatah yang diberikan DJP kepada NPWP penjual, \
                 misalnya karena rentang nomor salah direkam, diambil dari surat pemberian NSFP \
                 milik NPWP lain, atau nomornya salah ketik.",
            en: "The NSFP on the invoice is not part of the allocation DJP granted to the \
                 seller's NPWP, for instance because the number range was recorded wrongly, \
                 taken from another NPWP's allocation letter, or mistyped.",
        },
        remedy: Text {
            id: "Cocokkan rentang NSFP yang direkam untuk perusahaan ini dengan surat pemberian \
                 NSFP dari e-Nofa dan betulkan rentangnya. Lalu rekam ulang faktur dengan \
                 `faktur invoice create` agar mendapat nomor dari rentang yang sah. Bila jatah \
                 sudah habis, minta NSFP baru di e-Nofa; di e-Faktur desktop rekam rentangnya di \
                 Referensi › Referensi Nomor Faktur.",
            en: "Compare the NSFP range recorded for this company with the allocation letter \
                 from e-Nofa and correct the range. Then record the invoice again with `faktur \
                 invoice create` so that it takes a number from a valid range. If the allocation \
                 is used up, request new NSFP in e-Nofa; in the e-Faktur desktop, record the \
                 range under Referensi › Referensi Nomor Faktur.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20021",
        family: Family::EtaxService,
        official: Some("Upload Faktur Corrupt, ulang kembali"),
        also_published: &[],
        message: Text {
            id: "Unggahan faktur rusak, ulangi",
            en: "Invoice upload corrupt, try again",
        },
        cause: Text {
            id: "Data faktur yang diterima server rusak, hampir selalu karena nama, alamat, atau \
                 nama barang memuat karakter bukan UTF-8 atau karakter tak terlihat, misalnya \
                 hasil salin-tempel yang tampil sebagai \"â€Ž\".",
            en: "The invoice data the server received is corrupt, almost always because a name, \
                 address or item name holds non-UTF-8 or invisible characters, for example \
                 pasted text that shows up as \"â€Ž\".",
        },
        remedy: Text {
            id: "OpenFaktur menolak karakter seperti itu saat impor dan menyebut baris serta \
                 kolomnya: periksa berkas dengan `faktur import --dry-run`, ketik ulang teks \
                 yang ditunjuk, lalu impor lagi. Untuk data yang diisi langsung, ketik ulang \
                 nama, alamat, dan nama barang tanpa salin-tempel. Di e-Faktur desktop, ekspor \
                 faktur ke CSV, buka di editor teks dengan pengodean UTF-8, hapus karakter asing \
                 itu, lalu impor dan unggah ulang.",
            en: "OpenFaktur refuses such characters on import and names their line and column: \
                 check the file with `faktur import --dry-run`, retype the text it points to, \
                 and import again. For data typed in directly, retype the name, address and item \
                 names without pasting. In the e-Faktur desktop, export the invoice to CSV, open \
                 it in a text editor set to UTF-8, delete the stray characters, then import and \
                 upload again.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20022",
        family: Family::EtaxService,
        official: Some("Lawan Transaksi bukan PKP"),
        also_published: &[],
        message: Text {
            id: "Lawan transaksi bukan PKP",
            en: "The counterparty is not a PKP",
        },
        cause: Text {
            id: "NPWP penerbit faktur (penjual) tidak berstatus PKP pada tanggal faktur, \
                 sehingga dokumen itu bukan faktur pajak yang sah dan PPN-nya tidak dapat \
                 dikreditkan. Bisa juga NPWP penjual salah direkam.",
            en: "The issuer's (seller's) NPWP was not a PKP on the invoice date, so the document \
                 is not a valid tax invoice and its VAT cannot be credited. The seller's NPWP \
                 may also have been recorded wrongly.",
        },
        remedy: Text {
            id: "Cocokkan NPWP penjual dengan dokumen aslinya dan betulkan bila salah ketik. \
                 Bila NPWP-nya benar, minta penjual menunjukkan SPPKP-nya; tanpa status PKP, \
                 jangan kreditkan PPN atas pembelian itu.",
            en: "Compare the seller's NPWP with the original document and correct it if it was \
                 mistyped. If the NPWP is right, ask the seller for its SPPKP; without PKP \
                 status, do not credit the VAT on that purchase.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20023",
        family: Family::EtaxService,
        official: Some("Faktur tidak valid, dibuat sebelum PKP"),
        also_published: &[],
        message: Text {
            id: "Faktur tidak valid, dibuat sebelum pengukuhan PKP",
            en: "Invalid invoice: made before PKP registration",
        },
        cause: Text {
            id: "Tanggal faktur lebih awal daripada tanggal pengukuhan penjual sebagai PKP. \
                 Pengusaha yang belum dikukuhkan tidak berhak menerbitkan faktur pajak.",
            en: "The invoice date comes before the date the seller was registered as a PKP. A \
                 business that is not registered yet may not issue tax invoices.",
        },
        remedy: Text {
            id: "Bandingkan tanggal faktur dengan tanggal pengukuhan pada SPPKP. Bila tanggal \
                 faktur salah ketik, rekam ulang faktur dengan tanggal yang benar memakai \
                 `faktur invoice create`; bila tanggalnya benar, faktur itu tidak sah dan \
                 PPN-nya tidak dapat dikreditkan pembeli.",
            en: "Compare the invoice date with the registration date on the SPPKP. If the \
                 invoice date was mistyped, record the invoice again with the right date using \
                 `faktur invoice create`; if the date is right, the invoice is not valid and the \
                 buyer cannot credit its VAT.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20025",
        family: Family::EtaxService,
        official: Some("Tanggal Faktur Pajak lebih kecil dari tanggal Nomor Seri Faktur"),
        also_published: &[],
        message: Text {
            id: "Tanggal faktur mendahului tanggal pemberian NSFP",
            en: "Invoice dated before its NSFP was allocated",
        },
        cause: Text {
            id: "Faktur memakai NSFP dari surat pemberian yang bertanggal lebih akhir daripada \
                 fakturnya; nomor seri tidak boleh dipakai untuk faktur yang dibuat sebelum \
                 nomor itu diberikan.",
            en: "The invoice uses an NSFP from an allocation letter dated after the invoice; a \
                 serial number cannot serve an invoice made before the number was granted.",
        },
        remedy: Text {
            id: "Rekam ulang faktur dengan `faktur invoice create` memakai NSFP dari rentang \
                 yang diberikan pada atau sebelum tanggal faktur. Bila tidak ada rentang seperti \
                 itu, faktur hanya dapat diberi tanggal pada atau sesudah tanggal pemberian \
                 NSFP, yang berarti terlambat dan dapat dikenai sanksi. Ke depan, minta NSFP di \
                 e-Nofa sebelum persediaan nomor habis.",
            en: "Record the invoice again with `faktur invoice create` using an NSFP from a \
                 range granted on or before the invoice date. If there is no such range, the \
                 invoice can only be dated on or after the allocation date, which makes it late \
                 and open to a sanction. In future, request NSFP in e-Nofa before the numbers \
                 run out.",
        },
    },
    Entry {
        code: "ETAXSERVICE-20027",
        family: Family::EtaxService,
        official: Some("Faktur tidak valid. Pembatalan Faktur tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Pembatalan faktur tidak ditemukan",
            en: "No cancellation found for this invoice",
        },
        cause: Text {
            id: "Pembeli mencoba membatalkan faktur masukan yang belum dibatalkan penjualnya di \
                 DJP. Faktur masukan baru dapat dibatalkan setelah penjual membatalkan faktur \
                 keluarannya.",
            en: "The buyer tried to cancel an input invoice that its seller has not cancelled at \
                 DJP. An input invoice can be cancelled only after the seller has cancelled the \
                 matching output invoice.",
        },
        remedy: Text {
            id: "Minta penjual membatalkan faktur keluarannya lebih dulu (di OpenFaktur dengan \
                 `faktur invoice cancel ID`, di Coretax melalui pembatalan faktur keluaran). \
                 Setelah pembatalan itu disetujui, tarik perubahannya dengan `faktur sync` lalu \
                 ulangi pembatalan faktur masukan.",
            en: "Ask the seller to cancel its output invoice first (in OpenFaktur with `faktur \
                 invoice cancel ID`, in Coretax by cancelling the output invoice there). Once \
                 that cancellation is approved, pull the change with `faktur sync` and repeat \
                 the cancellation of the input invoice.",
        },
    },
    Entry {
        code: "ETAXSERVICE-40002",
        family: Family::EtaxService,
        official: Some("User tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Pengguna tidak ditemukan",
            en: "User not found",
        },
        cause: Text {
            id: "Pada registrasi klien, kode aktivasi atau nomor seri yang dimasukkan tidak \
                 cocok dengan data DJP. Sejak e-Faktur 4.0 kode ini juga muncul bila NIK pembeli \
                 tidak ditemukan di data kependudukan (Dukcapil).",
            en: "During client registration, the activation code or serial number entered does \
                 not match DJP's records. Since e-Faktur 4.0 the code also appears when the \
                 buyer's NIK is not found in the civil registry (Dukcapil).",
        },
        remedy: Text {
            id: "Untuk registrasi, masukkan ulang kode aktivasi persis seperti pada surat dari \
                 DJP (huruf kapital dan angka, tanpa spasi atau tanda baca) beserta nomor \
                 serinya. Untuk pembeli ber-NIK, cocokkan NIK dengan KTP pembeli lalu rekam \
                 ulang faktur dengan `faktur invoice create`. Bila NIK sudah benar tetapi tetap \
                 ditolak, minta pembeli memutakhirkan datanya di Dukcapil atau memakai NPWP 16 \
                 digitnya.",
            en: "For registration, enter the activation code exactly as in DJP's letter (capital \
                 letters and digits, no spaces or punctuation) together with the serial number. \
                 For a buyer identified by NIK, compare the NIK with the buyer's KTP and record \
                 the invoice again with `faktur invoice create`. If the NIK is right but still \
                 refused, ask the buyer to update its record at Dukcapil or to use its 16-digit \
                 NPWP.",
        },
    },
];
