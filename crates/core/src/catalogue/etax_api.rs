//! ETAX-API-xxxxx: e-Faktur 2.0 and later.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "ETAX-API-00001",
        family: Family::EtaxApi,
        official: Some("Terjadi kesalahan pada service master file DJP"),
        also_published: &[],
        message: Text {
            id: "Layanan master file DJP bermasalah",
            en: "DJP master file service error",
        },
        cause: Text {
            id: "Layanan master file DJP, yang dipakai untuk memeriksa NPWP, NIK, dan data wajib \
                 pajak lainnya, sedang sibuk, dalam pemeliharaan, atau tidak menjawab. Data \
                 faktur tidak dinilai salah.",
            en: "DJP's master file service, which checks NPWP, NIK and other taxpayer data, is \
                 busy, under maintenance, or not answering. The invoice data was not judged \
                 wrong.",
        },
        remedy: Text {
            id: "Faktur tidak perlu diubah: antrean unggah mengirim ulang sendiri dengan jeda \
                 yang makin panjang, dan kemajuannya terlihat di `faktur sync status`. Bila \
                 gangguan berlangsung lebih dari sehari, periksa pengumuman pemeliharaan DJP dan \
                 hubungi Kring Pajak 1500200. Di e-Faktur desktop, unggah ulang beberapa saat \
                 kemudian.",
            en: "Leave the invoice as it is: the upload outbox sends it again by itself with \
                 growing pauses, and `faktur sync status` shows how it is going. If the outage \
                 lasts more than a day, look for a DJP maintenance notice and call Kring Pajak \
                 1500200. In the e-Faktur desktop, upload again a little later.",
        },
    },
    Entry {
        code: "ETAX-API-00031",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nama pembeli tidak sesuai dengan nama terdaftar",
            en: "Buyer name does not match the registered name",
        },
        cause: Text {
            id: "Sejak e-Faktur 4.0, nama pembeli dibandingkan dengan nama yang terdaftar untuk \
                 NPWP atau NIK-nya dan harus mirip sekurang-kurangnya 50 %. Kode ini muncul \
                 bersama NPWP16SERVICE-00008 bila namanya terlalu berbeda, misalnya berupa nama \
                 toko, singkatan, atau nama orang lain.",
            en: "Since e-Faktur 4.0 the buyer name is compared with the name registered for its \
                 NPWP or NIK and must be at least 50 % alike. The code comes together with \
                 NPWP16SERVICE-00008 when the names differ too much, for example a shop name, an \
                 abbreviation, or someone else's name.",
        },
        remedy: Text {
            id: "Tulis nama pembeli persis seperti pada kartu NPWP, surat keterangan terdaftar, \
                 atau KTP, tanpa gelar dan tanpa nama dagang, lalu rekam ulang faktur dengan \
                 `faktur invoice create`. Bila nama di data DJP sendiri sudah usang, minta \
                 pembeli memperbaruinya di KPP atau di Coretax.",
            en: "Write the buyer name exactly as on its NPWP card, registration certificate or \
                 KTP, without titles or trading names, then record the invoice again with \
                 `faktur invoice create`. If the name held by DJP is itself out of date, ask the \
                 buyer to update it at its KPP or in Coretax.",
        },
    },
    Entry {
        code: "ETAX-API-10001",
        family: Family::EtaxApi,
        official: Some("Upload Faktur Corrupt, Lakukan Upload Ulang"),
        also_published: &[],
        message: Text {
            id: "Unggahan faktur rusak, unggah ulang",
            en: "Invoice upload corrupt, upload again",
        },
        cause: Text {
            id: "Server DJP tidak dapat membaca faktur yang diunggah. Penyebab tersering adalah \
                 karakter bukan UTF-8 atau karakter tak terlihat hasil salin-tempel, termasuk \
                 tanda pisah atau garis bawah yang ditempel ke nama barang. Sebagian daftar kode \
                 juga mengartikannya sebagai tanda tangan faktur keluaran yang tidak sah, dan \
                 kode ini pernah dilaporkan saat server DJP sibuk.",
            en: "The DJP server could not read the uploaded invoice. The most common cause is \
                 non-UTF-8 or invisible characters from copy and paste, including dashes or \
                 underscores copied into the names of goods. Some code lists also read it as an \
                 invalid signature on the output invoice, and it has been reported while the DJP \
                 server was busy.",
        },
        remedy: Text {
            id: "Periksa berkas sumber dengan `faktur import --dry-run`, yang melaporkan \
                 karakter bermasalah beserta baris dan kolomnya; ketik ulang teks itu lalu impor \
                 lagi. Bila teksnya bersih, biarkan antrean unggah mencoba lagi (`faktur sync \
                 status`), dan bila semua faktur ditolak, periksa sertifikat elektronik yang \
                 dipakai untuk menandatangani. Di e-Faktur desktop, ekspor faktur yang ditolak \
                 ke CSV, hapus fakturnya, buka CSV di editor teks dengan pengodean UTF-8, buang \
                 karakter yang ditandai, lalu impor dan unggah ulang.",
            en: "Check the source file with `faktur import --dry-run`, which reports problem \
                 characters with their line and column; retype that text and import again. If \
                 the text is clean, let the upload outbox try again (`faktur sync status`), and \
                 if every invoice is refused, check the electronic certificate used for signing. \
                 In the e-Faktur desktop, export the refused invoice to CSV and remove it from \
                 the application, open the file in a text editor set to UTF-8, remove the marked \
                 characters, then import and upload again.",
        },
    },
    Entry {
        code: "ETAX-API-10002",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode jenis transaksi tidak diizinkan",
            en: "Transaction code not allowed",
        },
        cause: Text {
            id: "Kode jenis transaksi kosong, atau tidak boleh dipakai oleh PKP ini, pada \
                 saluran ini, atau pada tanggal faktur. Contohnya kode 07 atau 08 tanpa \
                 fasilitas yang sesuai, kode 10 sebelum PER-11/PJ/2025 berlaku, atau kode 06 dan \
                 07 di e-Faktur desktop pada 2025.",
            en: "The transaction code is empty, or this PKP may not use it, on this channel or \
                 on the invoice date. Examples: code 07 or 08 without the matching facility, \
                 code 10 before PER-11/PJ/2025 took effect, or codes 06 and 07 in the e-Faktur \
                 desktop during 2025.",
        },
        remedy: Text {
            id: "Pilih kode transaksi yang sesuai dengan penyerahan dan pembelinya, isi \
                 `trx_code`, lalu periksa drafnya dengan `faktur calc` sebelum merekamnya lagi \
                 dengan `faktur invoice create`. Faktur berkode 06 atau 07 pada 2025 dibuat di \
                 Coretax, bukan di e-Faktur desktop.",
            en: "Choose the transaction code that fits the supply and the buyer, set `trx_code`, \
                 and check the draft with `faktur calc` before recording it again with `faktur \
                 invoice create`. Invoices with code 06 or 07 in 2025 are made in Coretax, not \
                 in the e-Faktur desktop.",
        },
    },
    Entry {
        code: "ETAX-API-10003",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Jenis faktur tidak valid",
            en: "Invalid invoice type",
        },
        cause: Text {
            id: "Jenis faktur, yaitu penanda faktur normal atau pengganti, berisi nilai selain 0 \
                 dan 1.",
            en: "The invoice type, the flag that tells a normal invoice from a replacement, \
                 holds a value other than 0 or 1.",
        },
        remedy: Text {
            id: "Gunakan 0 untuk faktur normal dan 1 untuk faktur pengganti. Di OpenFaktur, \
                 pengganti dibuat dengan `faktur invoice replace ID` yang mengisi penanda ini \
                 sendiri; bila datanya dari CSV, betulkan kolom `FG_PENGGANTI` dan periksa \
                 dengan `faktur import --dry-run`.",
            en: "Use 0 for a normal invoice and 1 for a replacement. In OpenFaktur a replacement \
                 is made with `faktur invoice replace ID`, which sets the flag itself; if the \
                 data comes from a CSV file, fix the `FG_PENGGANTI` column and check it with \
                 `faktur import --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-API-10004",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nomor faktur tidak valid",
            en: "Invalid invoice number",
        },
        cause: Text {
            id: "Ada tiga kemungkinan: nomor faktur sudah dipakai faktur lain, faktur normal \
                 yang hendak diganti tidak ditemukan, atau nomor fakturnya kosong.",
            en: "There are three possibilities: the number is already used by another invoice, \
                 the normal invoice meant to be replaced cannot be found, or the number is \
                 empty.",
        },
        remedy: Text {
            id: "Bila nomornya sudah dipakai, rekam ulang faktur dengan `faktur invoice create` \
                 agar mendapat NSFP yang belum terpakai (lihat ETAXSERVICE-20008). Bila ini \
                 pengganti, buat dari faktur asal yang sudah disetujui dengan `faktur invoice \
                 replace ID`. Bila nomornya kosong, pastikan rentang NSFP masih tersedia lalu \
                 rekam ulang.",
            en: "If the number is taken, record the invoice again with `faktur invoice create` \
                 so that it gets an unused NSFP (see ETAXSERVICE-20008). If it is a replacement, \
                 make it from the approved original with `faktur invoice replace ID`. If the \
                 number is empty, make sure an NSFP range is still available and record it \
                 again.",
        },
    },
    Entry {
        code: "ETAX-API-10005",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tanggal faktur tidak valid",
            en: "Invalid invoice date",
        },
        cause: Text {
            id: "Tanggal faktur melewati tanggal hari ini menurut server, tahun pada NSFP (digit \
                 ke-7 dan ke-8 nomor faktur) tidak sama dengan tahun faktur, faktur pengganti \
                 bertanggal sebelum faktur asalnya, atau tanggalnya kosong.",
            en: "The invoice date is later than today according to the server, the year in the \
                 NSFP (digits 7 and 8 of the invoice number) differs from the invoice year, a \
                 replacement is dated before its original, or the date is missing.",
        },
        remedy: Text {
            id: "Jalankan `faktur doctor` untuk memastikan jam komputer benar, lalu betulkan \
                 tanggalnya: tidak di masa depan, setahun dengan NSFP-nya, dan untuk pengganti \
                 tidak sebelum faktur asal. Rekam ulang dengan `faktur invoice create`, atau \
                 untuk pengganti dengan `faktur invoice replace ID FILE`.",
            en: "Run `faktur doctor` to make sure the computer clock is right, then fix the \
                 date: not in the future, in the same year as its NSFP, and for a replacement \
                 not before the original. Record it again with `faktur invoice create`, or for a \
                 replacement with `faktur invoice replace ID FILE`.",
        },
    },
    Entry {
        code: "ETAX-API-10006",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Masa pajak tidak sesuai",
            en: "Wrong tax period",
        },
        cause: Text {
            id: "Masa pelaporan faktur tidak sama dengan bulan tanggal fakturnya, atau masa \
                 faktur pengganti berbeda dengan masa faktur yang diganti.",
            en: "The invoice's reporting period differs from the month of its date, or a \
                 replacement's period differs from that of the invoice it replaces.",
        },
        remedy: Text {
            id: "Laporkan faktur pada masa bulan tanggalnya, dan faktur pengganti pada masa \
                 faktur asalnya. Bila SPT masa itu sudah dilaporkan, buat pembetulan dengan \
                 `faktur spt amend YYYY-MM` setelah penggantian disetujui; lawan transaksi juga \
                 perlu membetulkan SPT-nya.",
            en: "Report an invoice in the period of the month of its date, and a replacement in \
                 the period of its original. If that period's SPT is already filed, amend it \
                 with `faktur spt amend YYYY-MM` once the replacement is approved; the \
                 counterparty needs to amend its return too.",
        },
    },
    Entry {
        code: "ETAX-API-10010",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "NPWP pembeli tidak valid",
            en: "Invalid buyer NPWP",
        },
        cause: Text {
            id: "NPWP pembeli tidak terdaftar di DJP, tidak lolos pemeriksaan format, atau \
                 statusnya tidak lagi aktif.",
            en: "The buyer's NPWP is not registered at DJP, fails the format check, or is no \
                 longer active.",
        },
        remedy: Text {
            id: "Minta pembeli mengonfirmasi NPWP-nya, betulkan datanya, lalu rekam ulang faktur \
                 dengan `faktur invoice create`. Sejak 1 Juli 2024 orang pribadi dalam negeri \
                 diidentifikasi dengan NIK dan badan dengan NPWP 16 digit; NPWP 000 sejak \
                 e-Faktur 4.0 hanya untuk orang asing berpaspor. Di Coretax, pembeli tanpa NPWP \
                 diisi NIK dengan TIN berupa 16 angka nol.",
            en: "Ask the buyer to confirm its NPWP, correct the data, then record the invoice \
                 again with `faktur invoice create`. Since 1 July 2024 domestic individuals are \
                 identified by NIK and entities by a 16-digit NPWP; since e-Faktur 4.0 NPWP 000 \
                 is only for foreigners with a passport. In Coretax a buyer without an NPWP is \
                 given by NIK, with a TIN of 16 zeros.",
        },
    },
    Entry {
        code: "ETAX-API-10025",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tanggal faktur mendahului tanggal SPPB",
            en: "Invoice dated before the customs release",
        },
        cause: Text {
            id: "Tanggal faktur lebih awal daripada tanggal SPPB (Surat Persetujuan Pengeluaran \
                 Barang) dari Bea dan Cukai yang menjadi dokumen pendukungnya.",
            en: "The invoice date is earlier than the date of the SPPB, the customs release \
                 approval that the invoice relies on.",
        },
        remedy: Text {
            id: "Cocokkan tanggal SPPB pada dokumen kepabeanan, lalu rekam ulang faktur dengan \
                 tanggal pada atau sesudah tanggal SPPB memakai `faktur invoice create`. Bila \
                 nomor atau tanggal SPPB yang direkam keliru, betulkan data dokumen pendukungnya \
                 lebih dulu.",
            en: "Check the SPPB date on the customs document, then record the invoice again with \
                 a date on or after the SPPB date using `faktur invoice create`. If the SPPB \
                 number or date on record is wrong, correct the supporting document data first.",
        },
    },
    Entry {
        code: "ETAX-API-10056",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Penggantian dari e-Faktur desktop ditolak",
            en: "Replacement from the e-Faktur desktop refused",
        },
        cause: Text {
            id: "Sejak 8 November 2025 faktur pengganti dan pembatalan yang dibuat di e-Faktur \
                 desktop tidak lagi diteruskan ke Coretax, sehingga unggahannya ditolak. \
                 Penggantian kini hanya dapat dilakukan di Coretax.",
            en: "Since 8 November 2025, a replacement or cancellation produced in the e-Faktur \
                 desktop no longer reaches Coretax, so its upload is refused. Replacements can \
                 now be made only in Coretax.",
        },
        remedy: Text {
            id: "Buat penggantian atau pembatalan di Coretax: buka daftar faktur pajak keluaran, \
                 pilih faktur yang sudah disetujui, lalu ganti atau batalkan di sana. Jangan \
                 mengunggah ulang pengganti yang sama dari e-Faktur desktop. Sesudahnya jalankan \
                 `faktur sync` dan periksa status faktur di OpenFaktur dengan `faktur invoice \
                 show ID`.",
            en: "Make the replacement or cancellation in Coretax: open the list of output tax \
                 invoices, pick the approved invoice, and replace or cancel it there. Do not \
                 upload the same replacement again from the e-Faktur desktop. Afterwards run \
                 `faktur sync` and check the invoice status in OpenFaktur with `faktur invoice \
                 show ID`.",
        },
    },
    Entry {
        code: "ETAX-API-20001",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Unggahan faktur rusak",
            en: "Corrupt invoice upload",
        },
        cause: Text {
            id: "Varian lain dari kesalahan unggahan faktur rusak: server DJP tidak dapat \
                 membaca data faktur yang diterimanya, umumnya karena karakter bukan UTF-8 atau \
                 karakter tak terlihat, atau karena gangguan saat pengiriman.",
            en: "Another variant of the corrupt-upload error: the DJP server could not read the \
                 invoice data it received, usually because of non-UTF-8 or invisible characters, \
                 or because of a fault during transfer.",
        },
        remedy: Text {
            id: "Tangani seperti ETAX-API-10001: periksa berkas dengan `faktur import \
                 --dry-run`, ketik ulang teks pada baris dan kolom yang dilaporkan, lalu impor \
                 lagi; bila teksnya bersih, antrean unggah mencoba lagi sendiri (`faktur sync \
                 status`). Di e-Faktur desktop, bersihkan karakternya lewat ekspor CSV yang \
                 dibuka dengan pengodean UTF-8, lalu impor dan unggah ulang.",
            en: "Handle it like ETAX-API-10001: check the file with `faktur import --dry-run`, \
                 retype the text at the reported line and column, and import again; if the text \
                 is clean, the upload outbox retries by itself (`faktur sync status`). In the \
                 e-Faktur desktop, clean the characters through a CSV export opened as UTF-8, \
                 then import and upload again.",
        },
    },
    Entry {
        code: "ETAX-API-50005",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "NSFP tidak valid",
            en: "Invalid NSFP",
        },
        cause: Text {
            id: "Kode ini dilaporkan dengan arti NSFP tidak valid; DJP belum menerbitkan \
                 penjelasan resminya. Kemungkinan nomor serinya tidak terdiri dari 13 digit, \
                 tahunnya tidak cocok dengan tanggal faktur, atau nomornya bukan jatah penjual.",
            en: "This code has been reported as meaning an invalid NSFP; DJP has published no \
                 official explanation. Likely the serial number is not 13 digits, its year does \
                 not match the invoice date, or it was not allocated to the seller.",
        },
        remedy: Text {
            id: "Periksa 13 digit NSFP pada faktur: tahunnya harus sama dengan tahun faktur dan \
                 nomornya harus berada dalam rentang e-Nofa milik penjual. Betulkan lalu rekam \
                 ulang faktur dengan `faktur invoice create`; bila semuanya benar tetapi tetap \
                 ditolak, hubungi Kring Pajak 1500200 dengan menyebut nomor fakturnya.",
            en: "Check the 13-digit NSFP on the invoice: its year must equal the invoice year \
                 and the number must lie in one of the seller's e-Nofa ranges. Correct it and \
                 record the invoice again with `faktur invoice create`; if everything is right \
                 and it is still refused, call Kring Pajak 1500200 and quote the invoice number.",
        },
    },
    Entry {
        code: "ETAX-API-50006",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Batas masa pengkreditan terlampaui",
            en: "Crediting window exceeded",
        },
        cause: Text {
            id: "Pajak Masukan dikreditkan pada masa yang lebih dari tiga masa sesudah masa \
                 tanggal bukti pungutnya. Undang-Undang PPN hanya membolehkan pengkreditan pada \
                 masa yang sama atau paling lambat tiga masa sesudahnya, selama belum dibebankan \
                 sebagai biaya.",
            en: "Input VAT is being credited in a period more than three periods after the \
                 period of its collection document. The VAT Law allows crediting only in the \
                 same period or at most three periods later, provided it has not been expensed.",
        },
        remedy: Text {
            id: "Pilih masa pengkreditan yang masih berada dalam batas itu. Bila semua masa \
                 tersebut sudah dilaporkan, kreditkan melalui pembetulan SPT salah satunya \
                 dengan `faktur spt amend YYYY-MM`; di luar batas itu PPN-nya tidak dapat \
                 dikreditkan lagi.",
            en: "Pick a crediting period that is still inside that limit. If all those periods \
                 are already filed, credit it through an amendment of one of them with `faktur \
                 spt amend YYYY-MM`; outside the limit the VAT can no longer be credited.",
        },
    },
    Entry {
        code: "ETAX-API-50048",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Ketetapan pajak tidak ditemukan",
            en: "Tax assessment not found",
        },
        cause: Text {
            id: "Pajak Masukan yang hendak dikreditkan berasal dari ketetapan pajak (SKP) yang \
                 tidak ditemukan DJP. Sering ini SKP yang dibayar sebelum UU Cipta Kerja, yang \
                 tidak dapat dikreditkan melalui jalur ini, atau nomor ketetapannya salah ketik.",
            en: "The input VAT to be credited comes from a tax assessment (SKP) that DJP cannot \
                 find. Often it is an SKP paid before the Job Creation Law (UU Cipta Kerja), \
                 which cannot be credited this way, or the assessment number was mistyped.",
        },
        remedy: Text {
            id: "Cocokkan nomor dan tanggal SKP dengan surat ketetapannya, lalu rekam ulang. \
                 Bila SKP itu dibayar sebelum UU Cipta Kerja berlaku, jangan kreditkan PPN-nya \
                 sebagai Pajak Masukan; tanyakan ke KPP bila ragu.",
            en: "Compare the SKP number and date with the assessment letter, then record it \
                 again. If the SKP was paid before the Job Creation Law took effect, do not \
                 credit its VAT as input VAT; ask the KPP when in doubt.",
        },
    },
    Entry {
        code: "ETAX-API-50050",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Ketetapan pajak sedang dalam upaya hukum",
            en: "Tax assessment under legal remedy",
        },
        cause: Text {
            id: "PPN dalam ketetapan pajak hanya dapat dikreditkan bila atas ketetapan itu tidak \
                 sedang diajukan upaya hukum, misalnya keberatan atau banding. Ketetapan ini \
                 tercatat sedang dalam proses tersebut.",
            en: "VAT in a tax assessment can be credited only if no legal remedy, such as an \
                 objection or an appeal, is pending against it. This assessment is recorded as \
                 being in such a procedure.",
        },
        remedy: Text {
            id: "Jangan kreditkan ketetapan ini selama upaya hukumnya berjalan. Tanyakan ke KPP \
                 apakah dan kapan PPN-nya dapat dikreditkan setelah upaya hukum selesai atau \
                 dicabut, lalu rekam ulang pada masa yang diizinkan.",
            en: "Do not credit this assessment while the legal remedy is pending. Ask the KPP \
                 whether and when its VAT may be credited once the procedure ends or is \
                 withdrawn, then record it again in a permitted period.",
        },
    },
    Entry {
        code: "ETAX-API-50052",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tanggal dokumen tidak valid",
            en: "Invalid document date",
        },
        cause: Text {
            id: "Tanggal dokumen ketetapan tidak ditulis dalam bentuk tahun-bulan-tanggal \
                 (`yyyy-mm-dd`) atau tidak sama dengan tanggal pembayarannya.",
            en: "The date of the assessment document is not written as year-month-day \
                 (`yyyy-mm-dd`) or differs from its payment date.",
        },
        remedy: Text {
            id: "Isi tanggal dokumen dengan tanggal bayar yang tercantum pada bukti penerimaan \
                 negara (ber-NTPN), dalam format `YYYY-MM-DD`, lalu rekam ulang. Bila datanya \
                 dari berkas, periksa dulu dengan `faktur import --dry-run`.",
            en: "Set the document date to the payment date shown on the state revenue receipt \
                 (the one with the NTPN), in `YYYY-MM-DD` form, then record it again. If the \
                 data comes from a file, check it first with `faktur import --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-API-50054",
        family: Family::EtaxApi,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nilai PPN tidak sama dengan pokok ketetapan",
            en: "VAT amount differs from the assessment principal",
        },
        cause: Text {
            id: "PPN yang dikreditkan dari ketetapan pajak berbeda dengan pokok PPN pada SKP. \
                 Yang boleh dikreditkan hanya pokok pajaknya; sanksi administrasi seperti bunga \
                 atau kenaikan tidak termasuk.",
            en: "The VAT credited from the assessment differs from the VAT principal on the SKP. \
                 Only the principal may be credited; administrative sanctions such as interest \
                 or surcharges are left out.",
        },
        remedy: Text {
            id: "Isi nilai PPN persis sebesar pokok PPN pada SKP, tanpa bunga, denda, atau \
                 kenaikan, lalu rekam ulang.",
            en: "Enter the VAT exactly as the VAT principal on the SKP, without interest, fines \
                 or surcharges, then record it again.",
        },
    },
];
