//! ETAX-2xxxx: data validation (input and CSV import).

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "ETAX-20001",
        family: Family::EtaxValidation,
        official: Some("NPWP tidak lengkap"),
        also_published: &[],
        message: Text {
            id: "NPWP tidak lengkap",
            en: "Incomplete NPWP",
        },
        cause: Text {
            id: "NPWP pada referensi lawan transaksi, pada faktur atau pada baris CSV kosong atau \
                 kurang dari 15 digit. Penyebab yang sering terjadi: angka nol di depan hilang \
                 karena berkas dibuka dan disimpan ulang di spreadsheet.",
            en: "The NPWP in the counterparty reference, on the invoice or in the CSV row is \
                 empty or shorter than 15 digits. A frequent cause: the leading zeros were \
                 dropped when the file was opened and saved again in a spreadsheet.",
        },
        remedy: Text {
            id: "Isi NPWP lengkap 15 digit tanpa titik dan tanda hubung (misalnya \
                 013121660091000), atau 16 digit untuk NPWP16/NIK pada versi yang menerimanya, \
                 dan simpan kolomnya sebagai teks agar nol di depan tidak hilang. Pembeli tanpa \
                 NPWP diisi sesuai aturan NPWP 000 atau NIK yang berlaku pada era fakturnya. \
                 Periksa berkas dengan `faktur import FILE --dry-run`, yang menunjukkan baris dan \
                 kolom yang salah.",
            en: "Enter the full 15-digit NPWP without dots or dashes (for example \
                 013121660091000), or 16 digits for an NPWP16/NIK where the version accepts it, \
                 and keep the column as text so leading zeros survive. For a buyer without an \
                 NPWP, follow the NPWP 000 or NIK rule of the invoice's era. Check the file with \
                 `faktur import FILE --dry-run`, which shows the bad row and column.",
        },
    },
    Entry {
        code: "ETAX-20002",
        family: Family::EtaxValidation,
        official: Some("Nomor Faktur sudah terdaftar"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur sudah terdaftar",
            en: "Invoice number already recorded",
        },
        cause: Text {
            id: "Nomor faktur yang sama (kode transaksi, status dan NSFP) sudah direkam atau \
                 diimpor sebelumnya, misalnya karena berkas impor yang sama dijalankan dua kali \
                 atau satu NSFP dipakai untuk dua faktur. Satu NSFP hanya boleh dipakai sekali \
                 dalam satu tahun pajak.",
            en: "The same invoice number (transaction code, status and NSFP) was already recorded \
                 or imported, for example because the same import file was run twice or one NSFP \
                 was used for two invoices. An NSFP may be used only once in a tax year.",
        },
        remedy: Text {
            id: "Cari faktur yang sudah ada dengan `faktur invoice list` dan jangan mengimpornya \
                 lagi. Bila isinya perlu dikoreksi, buat faktur pengganti dengan \
                 `faktur invoice replace ID`. Bila memang transaksi baru, pakai NSFP berikutnya \
                 yang belum terpakai; OpenFaktur membagikan nomor dari range tercatat secara \
                 berurutan.",
            en: "Find the existing invoice with `faktur invoice list` and do not import it again. \
                 If its content needs correcting, issue a replacement with \
                 `faktur invoice replace ID`. If it really is a new transaction, use the next \
                 unused NSFP; OpenFaktur hands out numbers from the recorded ranges in sequence.",
        },
    },
    Entry {
        code: "ETAX-20003",
        family: Family::EtaxValidation,
        official: Some("Nomor Faktur tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur tidak ditemukan",
            en: "Invoice number not found",
        },
        cause: Text {
            id: "Dokumen yang dirujuk tidak ada di database lokal dalam keadaan yang dibutuhkan: \
                 nota retur dibuat atas e-Faktur yang belum disetujui DJP, atau penggantian \
                 dokumen lain merujuk dokumen yang belum direkam di database lokal.",
            en: "The referenced document is not in the local database in the state required: a \
                 nota retur was made for an e-Faktur that DJP has not yet approved, or a \
                 replacement of an other document (dokumen lain) refers to a document that was \
                 never recorded locally.",
        },
        remedy: Text {
            id: "Untuk retur, pastikan faktur asal sudah diunggah dan disetujui: jalankan \
                 `faktur sync`, periksa statusnya dengan `faktur invoice show ID`, lalu buat \
                 retur dengan `faktur invoice retur ID`. Untuk dokumen lain, rekam atau impor \
                 dulu dokumen asalnya. Pastikan kode transaksi, FG_PENGGANTI, NSFP dan tanggal \
                 faktur yang dirujuk sama persis dengan dokumen asal.",
            en: "For a retur, make sure the original invoice is uploaded and approved: run \
                 `faktur sync`, check its status with `faktur invoice show ID`, then make the \
                 retur with `faktur invoice retur ID`. For an other document, record or import \
                 the original first. Make sure the transaction code, FG_PENGGANTI, NSFP and \
                 invoice date you refer to match the original exactly.",
        },
    },
    Entry {
        code: "ETAX-20004",
        family: Family::EtaxValidation,
        official: Some("Format Angka salah"),
        also_published: &[],
        message: Text {
            id: "Format angka salah",
            en: "Wrong number format",
        },
        cause: Text {
            id: "Nilai DPP, PPN, PPnBM, harga satuan, jumlah barang atau diskon berisi karakter \
                 selain angka, misalnya huruf, simbol mata uang, pemisah ribuan, atau pemisah \
                 desimal yang salah.",
            en: "A DPP, PPN, PPnBM, unit price, quantity or discount value holds something other \
                 than digits, such as letters, a currency symbol, a thousands separator or the \
                 wrong decimal separator.",
        },
        remedy: Text {
            id: "Tulis angka saja, tanpa \"Rp\" dan tanpa pemisah ribuan. Di berkas impor pemisah \
                 desimal adalah titik (1234.5), sedangkan di layar e-Faktur desktop koma \
                 (1234,5); di draf JSON OpenFaktur angka ditulis sebagai string berdesimal titik, \
                 misalnya \"100000\" atau \"1.5\". `faktur import FILE --dry-run` menunjukkan \
                 baris dan kolom yang salah.",
            en: "Write digits only, with no \"Rp\" and no thousands separator. In import files \
                 the decimal separator is a dot (1234.5), while the e-Faktur desktop screens use \
                 a comma (1234,5); in an OpenFaktur JSON draft amounts are strings with a dot, \
                 such as \"100000\" or \"1.5\". `faktur import FILE --dry-run` shows the bad row \
                 and column.",
        },
    },
    Entry {
        code: "ETAX-20005",
        family: Family::EtaxValidation,
        official: Some("Format NPWP tidak sesuai"),
        also_published: &[],
        message: Text {
            id: "Format NPWP tidak sesuai",
            en: "Invalid NPWP format",
        },
        cause: Text {
            id: "NPWP yang dimasukkan tidak berpola NPWP yang sah: panjang atau susunannya salah, \
                 atau digit kontrolnya (digit ke-9, dihitung dengan algoritme Luhn dari delapan \
                 digit pertama) tidak cocok. Biasanya karena salah ketik atau dua angka tertukar.",
            en: "The NPWP entered does not have the shape of a valid NPWP: its length or layout \
                 is wrong, or its check digit (the 9th digit, a Luhn check over the first eight) \
                 does not match. Usually a typing error or two swapped digits.",
        },
        remedy: Text {
            id: "Salin ulang NPWP dari dokumen resmi lawan transaksi (kartu NPWP atau SKT) dan \
                 tulis 15 digit tanpa titik dan tanda hubung; bila masih ditolak, minta lawan \
                 transaksi mengonfirmasi NPWP-nya. Jangan mengubah angka sekadar agar lolos \
                 validasi: pembeli tanpa NPWP diisi sesuai aturan NPWP 000 atau NIK yang berlaku.",
            en: "Copy the NPWP again from the counterparty's official document (NPWP card or SKT) \
                 and enter 15 digits without dots or dashes; if it is still refused, ask the \
                 counterparty to confirm it. Do not alter digits just to pass the check: a buyer \
                 without an NPWP is entered under the applicable NPWP 000 or NIK rule.",
        },
    },
    Entry {
        code: "ETAX-20006",
        family: Family::EtaxValidation,
        official: Some("Format tanggal salah"),
        also_published: &[],
        message: Text {
            id: "Format tanggal salah",
            en: "Wrong date format",
        },
        cause: Text {
            id: "Tanggal ditulis dengan urutan atau pemisah yang tidak dikenali, misalnya \
                 bulan/tanggal/tahun, tahun dua digit, atau format tanggal otomatis dari \
                 spreadsheet.",
            en: "The date is written in an order or with separators that are not recognised, for \
                 example month/day/year, a two-digit year, or a date format applied automatically \
                 by a spreadsheet.",
        },
        remedy: Text {
            id: "Di berkas CSV e-Faktur tulis tanggal sebagai tanggal/bulan/tahun dengan tahun \
                 empat digit, misalnya 15/3/2024 atau 15/03/2024; di draf JSON OpenFaktur gunakan \
                 YYYY-MM-DD, misalnya \"2024-03-15\". Simpan kolom tanggal sebagai teks di \
                 spreadsheet agar formatnya tidak berubah, lalu periksa dengan \
                 `faktur import FILE --dry-run`.",
            en: "In an e-Faktur CSV write dates as day/month/year with a four-digit year, for \
                 example 15/3/2024 or 15/03/2024; in an OpenFaktur JSON draft use YYYY-MM-DD, for \
                 example \"2024-03-15\". Keep date columns as text in the spreadsheet so their \
                 format is not changed, then check with `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-20007",
        family: Family::EtaxValidation,
        official: Some("Nomor Faktur tidak lengkap"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur tidak lengkap",
            en: "Incomplete invoice number",
        },
        cause: Text {
            id: "Nomor seri faktur pajak (NSFP) tidak lengkap atau susunannya salah: kurang dari \
                 13 digit, berisi huruf atau tanda baca, atau kode transaksi dan kode status ikut \
                 ditulis di kolom nomor.",
            en: "The tax invoice serial number (NSFP) is incomplete or badly formed: fewer than \
                 13 digits, letters or punctuation in it, or the transaction code and status \
                 digit written into the number column as well.",
        },
        remedy: Text {
            id: "Di kolom NOMOR_FAKTUR tulis 13 digit NSFP saja tanpa tanda baca (3 digit \
                 prefiks, 2 digit tahun, 8 digit nomor urut); kode transaksi dan FG_PENGGANTI \
                 diisi di kolomnya sendiri. Dua digit tahun harus sama dengan tahun tanggal \
                 faktur, dan nomornya harus berasal dari range e-Nofa yang sudah direkam.",
            en: "In the NOMOR_FAKTUR column write only the 13 NSFP digits without punctuation \
                 (3-digit prefix, 2-digit year, 8-digit sequence); the transaction code and \
                 FG_PENGGANTI go in their own columns. The two year digits must equal the year of \
                 the invoice date, and the number must come from a recorded e-Nofa range.",
        },
    },
    Entry {
        code: "ETAX-20008",
        family: Family::EtaxValidation,
        official: Some("Error Validasi"),
        also_published: &[],
        message: Text {
            id: "Validasi gagal",
            en: "Validation error",
        },
        cause: Text {
            id: "Ada isian wajib yang kosong atau formatnya salah. Pesan ini adalah validasi umum \
                 yang tidak menyebutkan isiannya.",
            en: "A mandatory field is empty or wrongly formatted. This is a generic validation \
                 message that does not name the field.",
        },
        remedy: Text {
            id: "Periksa semua isian wajib: kode transaksi, nomor dan tanggal faktur, NPWP, nama, \
                 alamat, serta nilai DPP dan PPN. OpenFaktur melaporkan setiap isian yang salah \
                 beserta lokasinya: jalankan `faktur calc` untuk draf atau \
                 `faktur import FILE --dry-run` untuk berkas. Di e-Faktur desktop, lengkapi isian \
                 yang ditandai lalu simpan ulang.",
            en: "Check every mandatory field: transaction code, invoice number and date, NPWP, \
                 name, address, and the DPP and PPN values. OpenFaktur reports each bad field \
                 with its location: run `faktur calc` for a draft or \
                 `faktur import FILE --dry-run` for a file. In the e-Faktur desktop, complete the \
                 highlighted fields and save again.",
        },
    },
    Entry {
        code: "ETAX-20009",
        family: Family::EtaxValidation,
        official: Some("Lawan Transaksi terpakai sebagai referensi"),
        also_published: &[],
        message: Text {
            id: "Lawan transaksi masih dipakai faktur",
            en: "Counterparty is still used by invoices",
        },
        cause: Text {
            id: "Lawan transaksi yang akan dihapus masih dirujuk oleh faktur, nota retur atau \
                 dokumen lain yang sudah direkam, sehingga menghapusnya akan memutus data faktur \
                 tersebut.",
            en: "The counterparty you are deleting is still referenced by recorded invoices, \
                 returns or other documents, so deleting it would break those records.",
        },
        remedy: Text {
            id: "Jangan hapus lawan transaksi itu. Bila nama atau alamatnya salah, ubah datanya \
                 saja. Bila identitas pembeli pada faktur yang keliru, batalkan fakturnya dengan \
                 `faktur invoice cancel ID` dan terbitkan faktur baru, karena identitas pembeli \
                 tidak dapat diperbaiki dengan faktur pengganti.",
            en: "Do not delete the counterparty. If its name or address is wrong, edit the record \
                 instead. If the buyer's identity on an invoice is wrong, cancel that invoice \
                 with `faktur invoice cancel ID` and issue a new one, because a wrong buyer \
                 identity cannot be fixed by a replacement invoice.",
        },
    },
    Entry {
        code: "ETAX-20010",
        family: Family::EtaxValidation,
        official: Some("Barang/Jasa terpakai sebagai referensi di Faktur"),
        also_published: &[],
        message: Text {
            id: "Barang/jasa masih dipakai faktur",
            en: "Item is still used by invoices",
        },
        cause: Text {
            id: "Barang/jasa yang akan dihapus sudah dipakai pada satu atau lebih faktur, \
                 sehingga tidak dapat dihapus dari referensi.",
            en: "The goods or service item you are deleting is already used on one or more \
                 invoices, so it cannot be removed from the reference list.",
        },
        remedy: Text {
            id: "Biarkan barang/jasa itu tetap ada. Bila nama atau harganya perlu diperbarui, \
                 ubah datanya; bila ingin berhenti memakainya, buat barang/jasa baru dengan kode \
                 lain untuk transaksi berikutnya.",
            en: "Keep the item. If its name or price needs updating, edit it; if you want to stop \
                 using it, create a new item with another code for future transactions.",
        },
    },
    Entry {
        code: "ETAX-20011",
        family: Family::EtaxValidation,
        official: Some("Tidak dapat mengupload faktur"),
        also_published: &[],
        message: Text {
            id: "Faktur tidak dapat diunggah",
            en: "The invoice cannot be uploaded",
        },
        cause: Text {
            id: "Faktur tidak dapat dikirim ke server DJP: sambungan internet atau ke server \
                 terputus atau diblokir (proxy, firewall, antivirus), sertifikat elektronik \
                 bermasalah, atau faktur belum memenuhi syarat unggah, misalnya datanya belum \
                 lengkap atau sudah pernah diunggah.",
            en: "The invoice could not be sent to the DJP server: the internet or server \
                 connection dropped or was blocked (proxy, firewall, antivirus), the electronic \
                 certificate has a problem, or the invoice is not ready for upload, for example \
                 incomplete or already uploaded.",
        },
        remedy: Text {
            id: "Di OpenFaktur unggahan masuk antrean yang dicoba ulang otomatis: lihat alasannya \
                 dengan `faktur sync status`, coba lagi dengan `faktur sync --once`, dan jalankan \
                 `faktur doctor` untuk memeriksa sambungan, jam komputer dan konfigurasi. Di \
                 e-Faktur desktop, pastikan koneksi langsung ke server DJP tidak diblokir dan \
                 sertifikat elektronik masih berlaku, lalu ulangi unggahan.",
            en: "In OpenFaktur uploads go to an outbox that retries by itself: see the reason \
                 with `faktur sync status`, retry with `faktur sync --once`, and run \
                 `faktur doctor` to check the connection, the clock and the configuration. In the \
                 e-Faktur desktop, make sure the direct connection to the DJP server is not \
                 blocked and the electronic certificate is still valid, then upload again.",
        },
    },
    Entry {
        code: "ETAX-20012",
        family: Family::EtaxValidation,
        official: Some("NPWP terdaftar"),
        also_published: &[],
        message: Text {
            id: "NPWP sudah terdaftar",
            en: "NPWP already registered",
        },
        cause: Text {
            id: "NPWP yang direkam sebagai lawan transaksi baru sudah ada di daftar referensi \
                 lawan transaksi, sehingga pihak yang sama akan tercatat dua kali.",
            en: "The NPWP being recorded as a new counterparty is already in the counterparty \
                 reference list, so the same party would be recorded twice.",
        },
        remedy: Text {
            id: "Jangan menambah lawan transaksi baru; pakai data yang sudah ada dan ubah nama \
                 atau alamatnya bila berbeda. Pada impor baris LT, hapus baris yang NPWP-nya \
                 sudah terdaftar, lalu periksa ulang berkas dengan \
                 `faktur import FILE --dry-run`.",
            en: "Do not add a new counterparty; use the existing record and edit its name or \
                 address if they differ. When importing LT rows, remove the rows whose NPWP is \
                 already registered, then check the file again with \
                 `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-20013",
        family: Family::EtaxValidation,
        official: Some("Lawan Transaksi tidak lengkap"),
        also_published: &[],
        message: Text {
            id: "Data lawan transaksi tidak lengkap",
            en: "Incomplete counterparty data",
        },
        cause: Text {
            id: "Baris lawan transaksi (LT) dalam berkas impor tidak sesuai skema DJP: penanda di \
                 kolom pertama bukan \"LT\", jumlah kolomnya bukan 14, atau kolom wajib seperti \
                 NPWP dan nama kosong.",
            en: "A counterparty (LT) row in the import file does not follow the DJP schema: the \
                 first cell is not \"LT\", the row does not have 14 columns, or a mandatory \
                 column such as NPWP or name is empty.",
        },
        remedy: Text {
            id: "Susun setiap baris sesuai skema impor DJP: LT, NPWP, NAMA, JALAN, BLOK, NOMOR, \
                 RT, RW, KECAMATAN, KELURAHAN, KABUPATEN, PROPINSI, KODE_POS, NOMOR_TELEPON; \
                 kolom yang tidak diisi tetap ditulis kosong. Impor lawan transaksi dalam berkas \
                 terpisah dari faktur, dan periksa dulu dengan `faktur import FILE --dry-run`, \
                 yang menunjukkan baris dan kolom yang salah.",
            en: "Lay out every row as the DJP import schema says: LT, NPWP, NAMA, JALAN, BLOK, \
                 NOMOR, RT, RW, KECAMATAN, KELURAHAN, KABUPATEN, PROPINSI, KODE_POS, \
                 NOMOR_TELEPON; columns you do not fill are still written, empty. Import \
                 counterparties in a file separate from the invoices, and check it first with \
                 `faktur import FILE --dry-run`, which shows the bad row and column.",
        },
    },
    Entry {
        code: "ETAX-20014",
        family: Family::EtaxValidation,
        official: Some("Nilai tidak boleh kosong"),
        also_published: &[],
        message: Text {
            id: "Nilai tidak boleh kosong",
            en: "Value must not be empty",
        },
        cause: Text {
            id: "Isian wajib yang disebut dalam pesan belum diisi.",
            en: "The mandatory field named in the message has not been filled in.",
        },
        remedy: Text {
            id: "Isi kolom yang disebut dalam pesan dengan nilai yang sesuai formatnya; bila \
                 nilainya memang nol, tulis 0, jangan dikosongkan. Di OpenFaktur setiap temuan \
                 menyebut lokasinya (path pada draf, baris dan kolom pada berkas): periksa dengan \
                 `faktur calc` atau `faktur import FILE --dry-run`.",
            en: "Fill in the field named in the message with a value in the right format; if the \
                 value is really zero, write 0 rather than leaving it empty. In OpenFaktur every \
                 finding names its location (a path in a draft, a row and column in a file): \
                 check with `faktur calc` or `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-20015",
        family: Family::EtaxValidation,
        official: Some("Belum memasukkan pilihan"),
        also_published: &[],
        message: Text {
            id: "Belum ada SPT yang dipilih",
            en: "No SPT selected",
        },
        cause: Text {
            id: "Tombol \"Buka SPT untuk Diubah\" di e-Faktur desktop ditekan sebelum ada baris \
                 SPT yang dipilih.",
            en: "The \"Buka SPT untuk Diubah\" (open SPT for editing) button in the e-Faktur \
                 desktop was pressed with no SPT row selected.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, klik dulu baris SPT (masa pajak dan pembetulan) yang ingin \
                 dibuka, lalu tekan \"Buka SPT untuk Diubah\". Di OpenFaktur SPT dipilih lewat \
                 masanya, misalnya `faktur spt show 2024-03`.",
            en: "In the e-Faktur desktop, first click the SPT row (tax period and amendment) you \
                 want to open, then press \"Buka SPT untuk Diubah\". In OpenFaktur an SPT is \
                 chosen by its period, for example `faktur spt show 2024-03`.",
        },
    },
    Entry {
        code: "ETAX-20016",
        family: Family::EtaxValidation,
        official: Some("Range nomor faktur sudah terdaftar"),
        also_published: &[],
        message: Text {
            id: "Range NSFP sudah terdaftar",
            en: "NSFP range already recorded",
        },
        cause: Text {
            id: "Range NSFP yang direkam beririsan dengan range yang sudah tercatat, misalnya \
                 blok yang sama direkam dua kali atau nomor awal atau akhirnya salah ketik.",
            en: "The NSFP range being recorded overlaps a range that is already recorded, for \
                 example the same block entered twice or a typing error in its first or last \
                 number.",
        },
        remedy: Text {
            id: "Rekam setiap blok dari e-Nofa satu kali saja, dengan nomor awal dan akhir persis \
                 seperti yang diterbitkan, dan cocokkan dulu dengan range yang sudah tercatat (di \
                 e-Faktur desktop: Referensi › Referensi Nomor Faktur). Bila range lama salah \
                 ketik dan belum terpakai, perbaiki atau hapus range itu sebelum merekam yang \
                 benar.",
            en: "Record each e-Nofa block only once, with its first and last number exactly as \
                 issued, and compare it first with the ranges already recorded (in the e-Faktur \
                 desktop: Referensi › Referensi Nomor Faktur). If an older range was mistyped and \
                 is still unused, correct or delete it before recording the right one.",
        },
    },
    Entry {
        code: "ETAX-20017",
        family: Family::EtaxValidation,
        official: Some("Nomor Faktur tidak termasuk dalam range Referensi Nomor Faktur"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur di luar range NSFP",
            en: "Invoice number outside the NSFP ranges",
        },
        cause: Text {
            id: "Nomor faktur yang dipakai, biasanya dari berkas impor atau ketikan manual, tidak \
                 berada di dalam range NSFP mana pun yang sudah direkam.",
            en: "The invoice number used, usually from an import file or typed by hand, is not \
                 inside any recorded NSFP range.",
        },
        remedy: Text {
            id: "Pakai nomor dari range yang sudah direkam, atau rekam dulu range e-Nofa yang \
                 memuat nomor itu. Pastikan nomor di berkas impor berasal dari jatah NSFP \
                 perusahaan ini untuk tahun yang sama dengan tanggal faktur; OpenFaktur \
                 membagikan nomor dari range tercatat secara berurutan.",
            en: "Use a number from a recorded range, or first record the e-Nofa range that \
                 contains it. Make sure the numbers in an import file come from this company's \
                 NSFP allocation for the year of the invoice date; OpenFaktur hands out numbers \
                 from the recorded ranges in sequence.",
        },
    },
    Entry {
        code: "ETAX-20018",
        family: Family::EtaxValidation,
        official: Some("Range Nomor Faktur tidak tersedia, Daftarkan Referensi Nomor Faktur terlebih dahulu"),
        also_published: &[],
        message: Text {
            id: "NSFP tidak tersedia",
            en: "No NSFP available",
        },
        cause: Text {
            id: "Belum ada range NSFP yang direkam untuk tahun faktur, atau semua nomor di range \
                 yang ada sudah terpakai (NSFP habis).",
            en: "No NSFP range is recorded for the invoice's year, or every number in the \
                 existing ranges has been used (NSFP exhausted).",
        },
        remedy: Text {
            id: "Ajukan NSFP baru melalui e-Nofa (syaratnya SPT Masa PPN tiga masa terakhir sudah \
                 dilaporkan), lalu rekam range-nya sebelum membuat faktur; di e-Faktur desktop \
                 lewat Referensi › Referensi Nomor Faktur › Rekam Range Faktur Pajak. NSFP \
                 berlaku satu tahun pajak, jadi faktur tahun baru memerlukan range baru. Nomor \
                 yang terlewat dapat diketik manual (8 digit nomor urut) atau diimpor.",
            en: "Request new NSFP through e-Nofa (the SPT Masa PPN for the last three periods \
                 must have been filed), then record the range before issuing invoices; in the \
                 e-Faktur desktop through Referensi › Referensi Nomor Faktur › Rekam Range Faktur \
                 Pajak. An NSFP is valid for one tax year, so invoices of a new year need a new \
                 range. Skipped numbers can be typed in (the 8-digit sequence) or imported.",
        },
    },
    Entry {
        code: "ETAX-20019",
        family: Family::EtaxValidation,
        official: Some("Tidak bisa mengubah data. Data yang akan dihapus dipakai sebagai referensi"),
        also_published: &[],
        message: Text {
            id: "Data masih dipakai sebagai referensi",
            en: "The data is still used as a reference",
        },
        cause: Text {
            id: "Data referensi (lawan transaksi, barang/jasa atau data lain) yang akan diubah \
                 atau dihapus sudah dipakai pada faktur yang direkam.",
            en: "The reference data (counterparty, item or other record) you are changing or \
                 deleting is already used on recorded invoices.",
        },
        remedy: Text {
            id: "Biarkan data itu tetap ada: ubah hanya isian yang tidak mengubah identitasnya, \
                 atau buat data referensi baru untuk transaksi berikutnya. Bila faktur yang \
                 merujuknya memang keliru, perbaiki fakturnya dulu dengan faktur pengganti \
                 (`faktur invoice replace ID`) atau pembatalan (`faktur invoice cancel ID`).",
            en: "Keep the record: change only fields that do not alter its identity, or create a \
                 new reference record for future transactions. If the invoices that use it are \
                 themselves wrong, fix them first with a replacement \
                 (`faktur invoice replace ID`) or a cancellation (`faktur invoice cancel ID`).",
        },
    },
    Entry {
        code: "ETAX-20020",
        family: Family::EtaxValidation,
        official: Some("Kode Barang/Jasa sudah terdaftar"),
        also_published: &[],
        message: Text {
            id: "Kode barang/jasa sudah terdaftar",
            en: "Item code already recorded",
        },
        cause: Text {
            id: "Kode barang/jasa yang direkam atau diimpor sudah dipakai oleh barang/jasa lain \
                 di referensi, sehingga dua barang/jasa tidak dapat dibedakan.",
            en: "The item code being recorded or imported is already used by another goods or \
                 service item in the reference list, so the two items could not be told apart.",
        },
        remedy: Text {
            id: "Beri kode yang unik untuk barang/jasa baru, atau pakai dan ubah barang/jasa yang \
                 sudah ada dengan kode itu. Pada impor, hapus atau ganti kode pada baris yang \
                 sudah terdaftar, lalu periksa ulang dengan `faktur import FILE --dry-run`.",
            en: "Give the new item a unique code, or use and edit the existing item with that \
                 code. When importing, remove the rows that are already recorded or change their \
                 code, then check again with `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-20021",
        family: Family::EtaxValidation,
        official: Some("Nama Barang/Jasa sudah terdaftar"),
        also_published: &[],
        message: Text {
            id: "Nama barang/jasa sudah terdaftar",
            en: "Item name already recorded",
        },
        cause: Text {
            id: "Nama barang/jasa yang direkam atau diimpor sudah dipakai oleh barang/jasa lain \
                 di referensi, sehingga dua barang/jasa tidak dapat dibedakan.",
            en: "The item name being recorded or imported is already used by another goods or \
                 service item in the reference list, so the two items could not be told apart.",
        },
        remedy: Text {
            id: "Beri nama yang unik untuk barang/jasa baru, atau pakai dan ubah barang/jasa yang \
                 sudah ada dengan nama itu. Pada impor, hapus atau ganti nama pada baris yang \
                 sudah terdaftar, lalu periksa ulang dengan `faktur import FILE --dry-run`.",
            en: "Give the new item a unique name, or use and edit the existing item with that \
                 name. When importing, remove the rows that are already recorded or change their \
                 name, then check again with `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-20022",
        family: Family::EtaxValidation,
        official: Some("Barang/Jasa tidak lengkap"),
        also_published: &[],
        message: Text {
            id: "Data barang/jasa tidak lengkap",
            en: "Incomplete item data",
        },
        cause: Text {
            id: "Baris objek faktur (OF) dalam berkas impor tidak sesuai skema DJP: penanda di \
                 kolom pertama bukan \"OF\", jumlah kolomnya bukan 11, atau kolom wajib kosong.",
            en: "An invoice line (OF) row in the import file does not follow the DJP schema: the \
                 first cell is not \"OF\", the row does not have 11 columns, or a mandatory \
                 column is empty.",
        },
        remedy: Text {
            id: "Tulis setiap baris barang dengan urutan OF, KODE_OBJEK, NAMA, HARGA_SATUAN, \
                 JUMLAH_BARANG, HARGA_TOTAL, DISKON, DPP, PPN, TARIF_PPNBM, PPNBM, tepat di bawah \
                 baris FK (dan FAPR bila ada) fakturnya. Berkas dari \
                 `faktur export --format efaktur-csv` sudah mengikuti skema ini; berkas lain \
                 dapat diperiksa dengan `faktur import FILE --dry-run`.",
            en: "Write every line row as OF, KODE_OBJEK, NAMA, HARGA_SATUAN, JUMLAH_BARANG, \
                 HARGA_TOTAL, DISKON, DPP, PPN, TARIF_PPNBM, PPNBM, directly below its invoice's \
                 FK row (and FAPR row, if any). Files from `faktur export --format efaktur-csv` \
                 already follow this schema; check other files with \
                 `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-20023",
        family: Family::EtaxValidation,
        official: Some("Format faktur salah"),
        also_published: &[],
        message: Text {
            id: "Format berkas faktur salah",
            en: "Wrong invoice file format",
        },
        cause: Text {
            id: "Berkas CSV tidak mengikuti skema impor DJP, misalnya tiga baris judul FK, LT dan \
                 OF tidak ada atau jumlah kolomnya salah; atau pemisah kolom yang dipilih di form \
                 Impor berbeda dengan pemisah yang dipakai di berkas.",
            en: "The CSV file does not follow the DJP import schema, for example the three header \
                 lines FK, LT and OF are missing or a row has the wrong number of columns; or the \
                 delimiter chosen in the Import form differs from the one used in the file.",
        },
        remedy: Text {
            id: "Pakai koma sebagai pemisah kolom dan pilih pemisah yang sama di form Impor \
                 e-Faktur desktop; awali berkas dengan tiga baris judul FK, LT dan OF dari \
                 template DJP. Jalankan `faktur import FILE --dry-run` untuk melihat baris dan \
                 kolom yang menyimpang, atau buat ulang berkas dengan \
                 `faktur export --format efaktur-csv`.",
            en: "Use a comma as the delimiter and choose the same delimiter in the e-Faktur \
                 desktop Import form; start the file with the three header lines FK, LT and OF of \
                 the DJP template. Run `faktur import FILE --dry-run` to see which rows and \
                 columns deviate, or produce the file again with \
                 `faktur export --format efaktur-csv`.",
        },
    },
    Entry {
        code: "ETAX-20024",
        family: Family::EtaxValidation,
        official: Some("Masa Faktur tidak boleh kurang dari tanggal faktur"),
        also_published: &[],
        message: Text {
            id: "Masa pajak lebih awal dari tanggal faktur",
            en: "Tax period earlier than the invoice date",
        },
        cause: Text {
            id: "Masa pajak yang diisi lebih awal daripada bulan tanggal faktur. Untuk faktur \
                 keluaran masa pajaknya adalah bulan tanggal faktur; untuk faktur masukan ini \
                 adalah masa pengkreditan, yang tidak boleh mendahului bulan faktur.",
            en: "The tax period entered is earlier than the month of the invoice date. For an \
                 output invoice the period is the month of its date; for an input invoice it is \
                 the crediting period, which cannot come before the invoice month.",
        },
        remedy: Text {
            id: "Isi MASA_PAJAK dan TAHUN_PAJAK dengan bulan tanggal faktur atau, untuk faktur \
                 masukan, paling lambat tiga masa sesudahnya: faktur bertanggal 15/3/2024 dapat \
                 dikreditkan pada masa Maret sampai Juni 2024. Periksa juga apakah tanggal dan \
                 bulan pada tanggal faktur tidak tertukar.",
            en: "Set MASA_PAJAK and TAHUN_PAJAK to the month of the invoice date or, for an input \
                 invoice, at most three periods later: an invoice dated 15/3/2024 can be credited \
                 in the periods March to June 2024. Also check that day and month are not swapped \
                 in the invoice date.",
        },
    },
    Entry {
        code: "ETAX-20025",
        family: Family::EtaxValidation,
        official: Some("Masa Faktur melebihi batas ketentuan pelaporan Faktur Pajak"),
        also_published: &[],
        message: Text {
            id: "Masa pengkreditan melewati batas",
            en: "Crediting period past the limit",
        },
        cause: Text {
            id: "Masa pengkreditan faktur masukan lebih dari tiga masa setelah masa tanggal \
                 faktur, padahal pajak masukan hanya boleh dikreditkan pada masa faktur atau \
                 paling lambat tiga masa sesudahnya.",
            en: "The crediting period of the input invoice is more than three periods after the \
                 period of the invoice date, while input VAT may only be credited in the \
                 invoice's period or up to three periods later.",
        },
        remedy: Text {
            id: "Pilih masa pengkreditan di dalam batas itu (untuk faktur Maret: Maret sampai \
                 Juni) dan isi MASA_PAJAK/TAHUN_PAJAK sesuai; OpenFaktur hanya menerima masa \
                 dalam rentang tersebut. Bila semua masa itu sudah lewat, pengkreditan hanya \
                 dapat dilakukan melalui pembetulan SPT Masa PPN salah satu masa tersebut selama \
                 pajak masukannya belum dibebankan sebagai biaya; atau rekam faktur sebagai tidak \
                 dikreditkan (IS_CREDITABLE 0).",
            en: "Choose a crediting period within that window (for a March invoice: March to \
                 June) and set MASA_PAJAK/TAHUN_PAJAK to it; OpenFaktur accepts only periods in \
                 that window. If all of them have passed, the VAT can only be credited through an \
                 amended SPT Masa PPN for one of those periods, as long as it has not been \
                 expensed; otherwise record the invoice as not credited (IS_CREDITABLE 0).",
        },
    },
    Entry {
        code: "ETAX-20026",
        family: Family::EtaxValidation,
        official: Some("Flag Pengganti tidak sesuai format"),
        also_published: &[],
        message: Text {
            id: "Flag pengganti tidak valid",
            en: "Invalid replacement flag",
        },
        cause: Text {
            id: "Kolom FG_PENGGANTI berisi nilai selain 0 atau 1, misalnya kosong, \"00\" atau \
                 huruf, atau kolomnya bergeser karena jumlah kolom atau pemisah di baris itu \
                 salah.",
            en: "The FG_PENGGANTI column holds something other than 0 or 1, for example empty, \
                 \"00\" or a letter, or the columns are shifted because the row has the wrong \
                 number of columns or delimiter.",
        },
        remedy: Text {
            id: "Isi FG_PENGGANTI dengan 0 untuk faktur normal atau 1 untuk faktur pengganti, \
                 juga untuk penggantian kedua dan seterusnya. Bila nilainya tampak benar, periksa \
                 baris itu dengan `faktur import FILE --dry-run`, karena kolom yang bergeser \
                 sering menjadi penyebabnya.",
            en: "Set FG_PENGGANTI to 0 for a normal invoice or 1 for a replacement, including a \
                 second or later replacement. If the value looks right, check the row with \
                 `faktur import FILE --dry-run`, since shifted columns are a common cause.",
        },
    },
    Entry {
        code: "ETAX-20027",
        family: Family::EtaxValidation,
        official: Some("Tanggal Faktur Pengganti tidak boleh kurang dari Faktur Pajak"),
        also_published: &[],
        message: Text {
            id: "Tanggal faktur pengganti lebih awal dari faktur asal",
            en: "Replacement dated before the original invoice",
        },
        cause: Text {
            id: "Tanggal faktur pengganti lebih awal daripada tanggal faktur pajak yang diganti.",
            en: "The replacement invoice is dated earlier than the tax invoice it replaces.",
        },
        remedy: Text {
            id: "Beri faktur pengganti tanggal saat penggantian dibuat, yang tidak boleh sebelum \
                 tanggal faktur asal; faktur pengganti tetap dilaporkan pada masa faktur yang \
                 diganti. Buat penggantian dengan `faktur invoice replace ID` agar faktur asal \
                 dirujuk dengan benar.",
            en: "Date the replacement on the day it is made, which must not be before the \
                 original invoice's date; the replacement is still reported in the period of the \
                 invoice it replaces. Make it with `faktur invoice replace ID` so the original is \
                 referenced correctly.",
        },
    },
    Entry {
        code: "ETAX-20028",
        family: Family::EtaxValidation,
        official: Some("Jumlah Dpp, Ppn, PPnBm Objek Faktur tidak sama dengan nilai Faktur"),
        also_published: &[],
        message: Text {
            id: "Total faktur tidak sama dengan jumlah baris",
            en: "Invoice totals do not match the lines",
        },
        cause: Text {
            id: "Jumlah DPP, PPN atau PPnBM pada baris FK tidak sama persis dengan penjumlahan \
                 nilai DPP, PPN atau PPnBM pada baris-baris OF-nya. Selisih pecahan rupiah akibat \
                 pembulatan per baris sudah cukup untuk ditolak.",
            en: "The DPP, PPN or PPnBM total on the FK row is not exactly the sum of the DPP, PPN \
                 or PPnBM values of its OF rows. A fraction of a rupiah left by per-line rounding \
                 is enough to be rejected.",
        },
        remedy: Text {
            id: "Buat JUMLAH_DPP, JUMLAH_PPN dan JUMLAH_PPNBM sama persis dengan jumlah kolom \
                 DPP, PPN dan PPNBM pada baris OF, dengan pembulatan yang sama. `faktur calc` \
                 menghitung ulang draf dengan aturan pembulatan DJP sehingga total header cocok \
                 dengan baris, dan berkas dari `faktur export --format efaktur-csv` selalu cocok. \
                 `faktur import FILE --dry-run` menunjukkan faktur mana yang selisih.",
            en: "Make JUMLAH_DPP, JUMLAH_PPN and JUMLAH_PPNBM exactly equal to the sums of the \
                 DPP, PPN and PPNBM columns of the OF rows, rounded the same way. `faktur calc` \
                 recomputes a draft with the DJP rounding rules so that the header totals tie to \
                 the lines, and files from `faktur export --format efaktur-csv` always tie. \
                 `faktur import FILE --dry-run` shows which invoices are off.",
        },
    },
    Entry {
        code: "ETAX-20029",
        family: Family::EtaxValidation,
        official: Some("Masa Faktur lebih besar dari tanggal ETAXReady, Faktur harus direkam dengan ETax Invoice"),
        also_published: &[],
        message: Text {
            id: "Faktur harus direkam sebagai e-Faktur",
            en: "The invoice must be recorded as an e-Faktur",
        },
        cause: Text {
            id: "Retur dibuat secara manual atas faktur yang masanya sudah setelah tanggal PKP \
                 mulai wajib memakai e-Faktur. Faktur seperti itu seharusnya dibuat sebagai \
                 e-Faktur, bukan sebagai faktur kertas atau dokumen manual.",
            en: "A retur was entered by hand for an invoice whose period falls after the date the \
                 PKP had to start using e-Faktur. Such an invoice should have been made as an \
                 e-Faktur, not as a paper invoice or manual document.",
        },
        remedy: Text {
            id: "Rekam dan unggah dulu faktur pajak keluaran tersebut sebagai e-Faktur hingga \
                 disetujui DJP, lalu buat returnya atas e-Faktur itu dengan \
                 `faktur invoice retur ID`. Jangan merekam faktur yang terbit setelah tanggal \
                 wajib e-Faktur sebagai dokumen manual.",
            en: "First record and upload that output invoice as an e-Faktur until DJP approves \
                 it, then make the retur against that e-Faktur with `faktur invoice retur ID`. Do \
                 not record invoices issued after the e-Faktur start date as manual documents.",
        },
    },
    Entry {
        code: "ETAX-20030",
        family: Family::EtaxValidation,
        official: Some("Tanggal Retur tidak boleh lebih kecil dari tanggal Faktur"),
        also_published: &[],
        message: Text {
            id: "Tanggal retur lebih awal dari tanggal faktur",
            en: "Retur dated before the invoice",
        },
        cause: Text {
            id: "Tanggal nota retur lebih awal daripada tanggal faktur yang diretur; barang tidak \
                 mungkin dikembalikan sebelum fakturnya terbit.",
            en: "The nota retur is dated before the invoice being returned; goods cannot be \
                 returned before their invoice exists.",
        },
        remedy: Text {
            id: "Isi TANGGAL_RETUR dengan tanggal barang benar-benar dikembalikan, yang sama \
                 dengan atau setelah tanggal faktur asal. Bila tanggalnya sudah benar, periksa \
                 nomor dan tanggal faktur yang dirujuk serta urutan tanggal/bulan yang mungkin \
                 tertukar.",
            en: "Set TANGGAL_RETUR to the day the goods were actually returned, on or after the \
                 original invoice's date. If that date is right, check the number and date of the \
                 referenced invoice, and whether day and month are swapped.",
        },
    },
    Entry {
        code: "ETAX-20031",
        family: Family::EtaxValidation,
        official: Some("Masa Retur tidak boleh lebih kecil dari tanggal Retur"),
        also_published: &[],
        message: Text {
            id: "Masa retur lebih awal dari tanggal retur",
            en: "Retur period earlier than the retur date",
        },
        cause: Text {
            id: "Masa pajak retur yang diisi lebih awal daripada bulan tanggal retur. Nota retur \
                 mengurangi PPN pada masa terjadinya retur, bukan pada masa sebelumnya.",
            en: "The retur's tax period is earlier than the month of the retur date. A nota retur \
                 reduces VAT in the period in which the return happens, not in an earlier one.",
        },
        remedy: Text {
            id: "Isi MASA_PAJAK_RETUR dan TAHUN_PAJAK_RETUR dengan bulan dan tahun dari \
                 TANGGAL_RETUR; misalnya retur bertanggal 5/4/2024 dilaporkan pada masa 4 tahun \
                 2024.",
            en: "Set MASA_PAJAK_RETUR and TAHUN_PAJAK_RETUR to the month and year of \
                 TANGGAL_RETUR; for example a retur dated 5/4/2024 goes in period 4 of 2024.",
        },
    },
    Entry {
        code: "ETAX-20032",
        family: Family::EtaxValidation,
        official: Some("Saldo DPP untuk retur kurang"),
        also_published: &[],
        message: Text {
            id: "Saldo DPP tidak cukup untuk retur",
            en: "Not enough DPP balance for the retur",
        },
        cause: Text {
            id: "Nilai DPP yang diretur melebihi sisa DPP faktur asal, yaitu DPP faktur dikurangi \
                 retur yang sudah dibuat sebelumnya. Bisa juga karena retur yang sama direkam dua \
                 kali atau merujuk faktur yang salah.",
            en: "The DPP being returned exceeds the DPP left on the original invoice, that is its \
                 DPP minus earlier returns. It can also mean the same retur was entered twice or \
                 refers to the wrong invoice.",
        },
        remedy: Text {
            id: "Periksa nilai faktur asal dan retur sebelumnya dengan `faktur invoice show ID`, \
                 lalu isi NILAI_RETUR_DPP paling banyak sebesar sisanya. Bila faktur asal sudah \
                 diganti, buat retur atas faktur pengganti yang berlaku.",
            en: "Check the original invoice and its earlier returns with \
                 `faktur invoice show ID`, then set NILAI_RETUR_DPP to at most what is left. If \
                 the original was replaced, make the retur against the replacement that is in \
                 force.",
        },
    },
    Entry {
        code: "ETAX-20033",
        family: Family::EtaxValidation,
        official: Some("Saldo PPN untuk retur kurang"),
        also_published: &[],
        message: Text {
            id: "Saldo PPN tidak cukup untuk retur",
            en: "Not enough PPN balance for the retur",
        },
        cause: Text {
            id: "Nilai PPN yang diretur melebihi sisa PPN faktur asal, yaitu PPN faktur dikurangi \
                 retur yang sudah dibuat sebelumnya. Bisa juga karena retur yang sama direkam dua \
                 kali atau merujuk faktur yang salah.",
            en: "The PPN being returned exceeds the PPN left on the original invoice, that is its \
                 PPN minus earlier returns. It can also mean the same retur was entered twice or \
                 refers to the wrong invoice.",
        },
        remedy: Text {
            id: "Periksa nilai faktur asal dan retur sebelumnya dengan `faktur invoice show ID`, \
                 lalu isi NILAI_RETUR_PPN paling banyak sebesar sisanya. PPN retur dihitung dari \
                 DPP retur dengan tarif faktur asal. Bila faktur asal sudah diganti, buat retur \
                 atas faktur pengganti yang berlaku.",
            en: "Check the original invoice and its earlier returns with \
                 `faktur invoice show ID`, then set NILAI_RETUR_PPN to at most what is left. The \
                 retur VAT is computed from the returned DPP at the original invoice's rate. If \
                 the original was replaced, make the retur against the replacement that is in \
                 force.",
        },
    },
    Entry {
        code: "ETAX-20034",
        family: Family::EtaxValidation,
        official: Some("Saldo PPnBM untuk retur kurang"),
        also_published: &[],
        message: Text {
            id: "Saldo PPnBM tidak cukup untuk retur",
            en: "Not enough PPnBM balance for the retur",
        },
        cause: Text {
            id: "Nilai PPnBM yang diretur melebihi sisa PPnBM faktur asal, yaitu PPnBM faktur \
                 dikurangi retur yang sudah dibuat sebelumnya. Bisa juga karena retur yang sama \
                 direkam dua kali atau merujuk faktur yang salah.",
            en: "The PPnBM being returned exceeds the PPnBM left on the original invoice, that is \
                 its PPnBM minus earlier returns. It can also mean the same retur was entered \
                 twice or refers to the wrong invoice.",
        },
        remedy: Text {
            id: "Periksa nilai faktur asal dan retur sebelumnya dengan `faktur invoice show ID`, \
                 lalu isi NILAI_RETUR_PPNBM paling banyak sebesar sisanya. Bila faktur asal tidak \
                 memuat PPnBM, isi 0. Bila faktur asal sudah diganti, buat retur atas faktur \
                 pengganti yang berlaku.",
            en: "Check the original invoice and its earlier returns with \
                 `faktur invoice show ID`, then set NILAI_RETUR_PPNBM to at most what is left. If \
                 the original invoice carries no PPnBM, enter 0. If the original was replaced, \
                 make the retur against the replacement that is in force.",
        },
    },
    Entry {
        code: "ETAX-20035",
        family: Family::EtaxValidation,
        official: Some("Masa Faktur kurang dari tanggal ETAXReady, Faktur Non ETax"),
        also_published: &["DPP tidak boleh lebih kecil dari 0"],
        message: Text {
            id: "Faktur sebelum e-Faktur, atau DPP negatif",
            en: "Invoice predates e-Faktur, or negative DPP",
        },
        cause: Text {
            id: "Kode ini dipakai untuk dua kondisi. (1) Masa atau tanggal faktur lebih awal \
                 daripada tanggal PKP mulai wajib memakai e-Faktur, sehingga faktur itu adalah \
                 faktur non-elektronik dan tidak dapat diperlakukan sebagai e-Faktur. (2) DPP \
                 bernilai negatif, misalnya karena diskon melebihi harga total atau potongan \
                 ditulis sebagai baris barang bernilai minus.",
            en: "This code is used for two conditions. (1) The invoice's period or date is before \
                 the date the PKP had to start using e-Faktur, so it is a non-electronic invoice \
                 and cannot be treated as an e-Faktur. (2) The DPP is negative, for example \
                 because the discount exceeds the total price or a deduction was written as an \
                 item line with a minus amount.",
        },
        remedy: Text {
            id: "(1) Periksa tanggal dan masa faktur; bila memang sebelum tanggal wajib e-Faktur, \
                 proses faktur itu sebagai faktur non-elektronik, bukan sebagai e-Faktur. (2) DPP \
                 harus 0 atau lebih: tulis potongan di kolom DISKON barang yang bersangkutan (DPP \
                 = HARGA_TOTAL - DISKON), jangan sebagai baris negatif, lalu hitung ulang dengan \
                 `faktur calc`.",
            en: "(1) Check the invoice date and period; if it really is before the e-Faktur start \
                 date, handle it as a non-electronic invoice, not as an e-Faktur. (2) The DPP \
                 must be 0 or more: put deductions in the DISKON column of the item concerned \
                 (DPP = HARGA_TOTAL - DISKON), not as a negative line, then recompute with \
                 `faktur calc`.",
        },
    },
    Entry {
        code: "ETAX-20036",
        family: Family::EtaxValidation,
        official: Some("NPWP tidak terdaftar"),
        also_published: &["PPN tidak boleh lebih kecil dari 0"],
        message: Text {
            id: "NPWP tidak terdaftar, atau PPN negatif",
            en: "NPWP not registered, or negative PPN",
        },
        cause: Text {
            id: "Kode ini dipakai untuk dua kondisi. (1) NPWP yang dimasukkan tidak ditemukan: \
                 belum ada di referensi lawan transaksi, atau tidak dikenal, tidak efektif atau \
                 sudah dicabut di DJP. (2) PPN bernilai negatif, biasanya karena DPP barisnya \
                 negatif atau potongan ditulis sebagai baris bernilai minus.",
            en: "This code is used for two conditions. (1) The NPWP entered is not found: it is \
                 not in the counterparty reference yet, or DJP does not know it, or it is \
                 non-effective or revoked. (2) The PPN is negative, usually because the line's \
                 DPP is negative or a deduction was written as a line with a minus amount.",
        },
        remedy: Text {
            id: "(1) Konfirmasi NPWP kepada lawan transaksi dan rekam lawan transaksinya di \
                 referensi; bila NPWP memang tidak terdaftar, identifikasi pembeli dengan NIK \
                 atau aturan NPWP 000 yang berlaku. (2) PPN harus 0 atau lebih: perbaiki DPP \
                 barisnya, lalu hitung ulang PPN dengan `faktur calc`.",
            en: "(1) Confirm the NPWP with the counterparty and record the counterparty in the \
                 reference list; if the NPWP really is not registered, identify the buyer by NIK \
                 or under the applicable NPWP 000 rule. (2) The PPN must be 0 or more: fix the \
                 line's DPP, then recompute the PPN with `faktur calc`.",
        },
    },
    Entry {
        code: "ETAX-20037",
        family: Family::EtaxValidation,
        official: Some("PPnBM tidak boleh lebih kecil dari 0"),
        also_published: &[],
        message: Text {
            id: "PPnBM tidak boleh negatif",
            en: "PPnBM must not be negative",
        },
        cause: Text {
            id: "Nilai atau tarif PPnBM bernilai negatif, biasanya karena DPP barisnya negatif \
                 atau potongan ditulis sebagai baris barang bernilai minus.",
            en: "The PPnBM amount or rate is negative, usually because the line's DPP is negative \
                 or a deduction was written as an item line with a minus amount.",
        },
        remedy: Text {
            id: "Isi TARIF_PPNBM dan PPNBM dengan 0 atau lebih; barang yang tidak dikenai PPnBM \
                 diisi 0. Tulis potongan di kolom DISKON barang yang bersangkutan, lalu hitung \
                 ulang dengan `faktur calc`.",
            en: "Set TARIF_PPNBM and PPNBM to 0 or more; items not subject to PPnBM get 0. Put \
                 deductions in the DISKON column of the item concerned, then recompute with \
                 `faktur calc`.",
        },
    },
    Entry {
        code: "ETAX-20038",
        family: Family::EtaxValidation,
        official: Some("Faktur Pajak Batal tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Pembatalan dari penjual tidak ditemukan",
            en: "The seller's cancellation was not found",
        },
        cause: Text {
            id: "Pembeli mencoba membatalkan faktur masukan yang belum dibatalkan penjual di DJP; \
                 faktur masukan hanya dapat dibatalkan setelah penjual membatalkan faktur \
                 keluarannya. Biasanya muncul bersama ETAXSERVICE-20027.",
            en: "The buyer tried to cancel an input invoice that the seller has not cancelled at \
                 DJP; an input invoice can only be cancelled after the seller cancels the output \
                 invoice. It usually appears together with ETAXSERVICE-20027.",
        },
        remedy: Text {
            id: "Minta penjual membatalkan faktur keluarannya dan mengunggah pembatalan itu \
                 hingga disetujui DJP. Setelah itu tarik statusnya dengan `faktur sync`, lalu \
                 batalkan faktur masukan dengan `faktur invoice cancel ID`; di e-Faktur desktop, \
                 ulangi pembatalan setelah penjual selesai.",
            en: "Ask the seller to cancel the output invoice and upload that cancellation until \
                 DJP approves it. Then pull the status with `faktur sync` and cancel the input \
                 invoice with `faktur invoice cancel ID`; in the e-Faktur desktop, repeat the \
                 cancellation once the seller is done.",
        },
    },
    Entry {
        code: "ETAX-20039",
        family: Family::EtaxValidation,
        official: Some("Tidak ditemukan faktur yang akan diganti"),
        also_published: &[],
        message: Text {
            id: "Faktur yang akan diganti tidak ditemukan",
            en: "The invoice to be replaced was not found",
        },
        cause: Text {
            id: "NSFP faktur asal yang disebut untuk diganti salah atau tidak ada di database, \
                 misalnya salah ketik, tahunnya berbeda, atau faktur asal belum direkam.",
            en: "The NSFP given for the invoice to be replaced is wrong or not in the database, \
                 for example a typing error, a different year, or an original that was never \
                 recorded.",
        },
        remedy: Text {
            id: "Rujuk faktur asal dengan kode transaksi, NSFP dan tanggal yang sama persis; \
                 faktur pengganti memakai NSFP yang sama dengan FG_PENGGANTI 1. Cari faktur asal \
                 dengan `faktur invoice list`, lalu buat penggantian dengan \
                 `faktur invoice replace ID`; untuk faktur masukan, rekam dulu faktur asalnya.",
            en: "Refer to the original with exactly the same transaction code, NSFP and date; a \
                 replacement keeps the NSFP with FG_PENGGANTI 1. Find the original with \
                 `faktur invoice list`, then make the replacement with \
                 `faktur invoice replace ID`; for an input invoice, record the original first.",
        },
    },
    Entry {
        code: "ETAX-20040",
        family: Family::EtaxValidation,
        official: Some("Faktur tidak dapat dibuat (Kode Jenis transaksi 07…)"),
        also_published: &[],
        message: Text {
            id: "Faktur kode 07/08 tanpa keterangan tambahan",
            en: "Code 07/08 invoice without additional information",
        },
        cause: Text {
            id: "Faktur dengan kode transaksi 07 (PPN tidak dipungut atau ditanggung pemerintah) \
                 atau 08 (PPN dibebaskan) tidak memuat keterangan tambahan yang sah: \
                 ID_KETERANGAN_TAMBAHAN kosong atau tidak ada dalam daftar fasilitas.",
            en: "An invoice with transaction code 07 (VAT not collected or borne by government) \
                 or 08 (VAT exempt) carries no valid additional information: \
                 ID_KETERANGAN_TAMBAHAN is empty or not in the list of facilities.",
        },
        remedy: Text {
            id: "Isi ID_KETERANGAN_TAMBAHAN dengan nomor keterangan tambahan yang sesuai dasar \
                 hukum fasilitas Anda menurut daftar resmi DJP untuk kode 07 atau 08. Di draf \
                 OpenFaktur isi add_info dan facility_stamp dengan pasangan bernomor sama, \
                 misalnya TD.00504 dan TD.01104, lalu periksa dengan `faktur calc`. Bila \
                 transaksinya sebenarnya tidak mendapat fasilitas, pakai kode transaksi lain.",
            en: "Set ID_KETERANGAN_TAMBAHAN to the number of the additional-information entry for \
                 your facility's legal basis, from the official DJP list for code 07 or 08. In an \
                 OpenFaktur draft set add_info and facility_stamp to a matching pair with the \
                 same number, for example TD.00504 and TD.01104, then check with `faktur calc`. \
                 If the transaction does not actually enjoy a facility, use another transaction \
                 code.",
        },
    },
    Entry {
        code: "ETAX-20041",
        family: Family::EtaxValidation,
        official: Some("Nilai DPP tidak cukup"),
        also_published: &[],
        message: Text {
            id: "Nilai DPP tidak cukup",
            en: "Not enough DPP",
        },
        cause: Text {
            id: "Nilai DPP yang akan dikurangkan lebih besar daripada DPP yang masih tersedia \
                 pada faktur atau dokumen yang dirujuk, misalnya uang muka yang dikurangkan pada \
                 faktur pelunasan melebihi DPP transaksinya, atau pengurangan lain melebihi sisa \
                 nilainya.",
            en: "The DPP to be deducted is larger than the DPP still available on the referenced \
                 invoice or document, for example down payments deducted on a settlement invoice \
                 exceed the transaction's DPP, or another deduction exceeds what is left.",
        },
        remedy: Text {
            id: "Periksa nilai faktur rujukan dan pengurangan yang sudah dibuat dengan \
                 `faktur invoice show ID`, lalu kurangi nilai DPP yang dikurangkan hingga paling \
                 banyak sebesar sisanya. Untuk faktur pelunasan, UANG_MUKA_DPP harus sama dengan \
                 jumlah DPP faktur uang muka sebelumnya dan tidak boleh melebihi DPP seluruh \
                 transaksi; `faktur calc` menghitung ulang nilainya.",
            en: "Check the referenced invoice and the deductions already made with \
                 `faktur invoice show ID`, then lower the DPP being deducted to at most what is \
                 left. For a settlement invoice, UANG_MUKA_DPP must equal the DPP of the earlier \
                 down-payment invoices and must not exceed the DPP of the whole transaction; \
                 `faktur calc` recomputes the values.",
        },
    },
    Entry {
        code: "ETAX-20042",
        family: Family::EtaxValidation,
        official: Some("Nilai PPN tidak cukup"),
        also_published: &[],
        message: Text {
            id: "Nilai PPN tidak cukup",
            en: "Not enough PPN",
        },
        cause: Text {
            id: "Nilai PPN yang akan dikurangkan lebih besar daripada PPN yang masih tersedia \
                 pada faktur atau dokumen yang dirujuk, misalnya uang muka yang dikurangkan pada \
                 faktur pelunasan melebihi PPN transaksinya, atau pengurangan lain melebihi sisa \
                 nilainya.",
            en: "The PPN to be deducted is larger than the PPN still available on the referenced \
                 invoice or document, for example down payments deducted on a settlement invoice \
                 exceed the transaction's PPN, or another deduction exceeds what is left.",
        },
        remedy: Text {
            id: "Periksa nilai faktur rujukan dan pengurangan yang sudah dibuat dengan \
                 `faktur invoice show ID`, lalu kurangi nilai PPN yang dikurangkan hingga paling \
                 banyak sebesar sisanya. Untuk faktur pelunasan, UANG_MUKA_PPN harus sama dengan \
                 jumlah PPN faktur uang muka sebelumnya dan tidak boleh melebihi PPN seluruh \
                 transaksi; `faktur calc` menghitung ulang nilainya.",
            en: "Check the referenced invoice and the deductions already made with \
                 `faktur invoice show ID`, then lower the PPN being deducted to at most what is \
                 left. For a settlement invoice, UANG_MUKA_PPN must equal the PPN of the earlier \
                 down-payment invoices and must not exceed the PPN of the whole transaction; \
                 `faktur calc` recomputes the values.",
        },
    },
    Entry {
        code: "ETAX-20043",
        family: Family::EtaxValidation,
        official: Some("Nilai PPnBM tidak cukup"),
        also_published: &[],
        message: Text {
            id: "Nilai PPnBM tidak cukup",
            en: "Not enough PPnBM",
        },
        cause: Text {
            id: "Nilai PPnBM yang akan dikurangkan lebih besar daripada PPnBM yang masih tersedia \
                 pada faktur atau dokumen yang dirujuk, misalnya uang muka yang dikurangkan pada \
                 faktur pelunasan melebihi PPnBM transaksinya, atau pengurangan lain melebihi \
                 sisa nilainya.",
            en: "The PPnBM to be deducted is larger than the PPnBM still available on the \
                 referenced invoice or document, for example down payments deducted on a \
                 settlement invoice exceed the transaction's PPnBM, or another deduction exceeds \
                 what is left.",
        },
        remedy: Text {
            id: "Periksa nilai faktur rujukan dan pengurangan yang sudah dibuat dengan \
                 `faktur invoice show ID`, lalu kurangi nilai PPnBM yang dikurangkan hingga \
                 paling banyak sebesar sisanya. Untuk faktur pelunasan, UANG_MUKA_PPNBM harus \
                 sama dengan jumlah PPnBM faktur uang muka sebelumnya dan tidak boleh melebihi \
                 PPnBM seluruh transaksi; `faktur calc` menghitung ulang nilainya.",
            en: "Check the referenced invoice and the deductions already made with \
                 `faktur invoice show ID`, then lower the PPnBM being deducted to at most what is \
                 left. For a settlement invoice, UANG_MUKA_PPNBM must equal the PPnBM of the \
                 earlier down-payment invoices and must not exceed the PPnBM of the whole \
                 transaction; `faktur calc` recomputes the values.",
        },
    },
    Entry {
        code: "ETAX-20044",
        family: Family::EtaxValidation,
        official: Some("SPT Kurang Bayar"),
        also_published: &[],
        message: Text {
            id: "SPT kurang bayar belum dilunasi",
            en: "Underpaid SPT not yet paid",
        },
        cause: Text {
            id: "SPT Masa PPN menunjukkan kurang bayar, tetapi belum ada SSP/NTPN yang direkam \
                 saat berkas SPT akan dibuat. PPN kurang bayar wajib dilunasi sebelum SPT \
                 dilaporkan.",
            en: "The SPT Masa PPN shows an underpayment, but no SSP/NTPN was recorded when the \
                 SPT file was to be built. Underpaid VAT must be paid before the SPT is filed.",
        },
        remedy: Text {
            id: "Bayar kekurangan PPN dengan kode billing, lalu catat pembayarannya (NTPN dan \
                 tanggal setor) dengan `faktur spt pay YYYY-MM` sebelum \
                 `faktur spt file YYYY-MM`. Di e-Faktur desktop, isi menu Input SSP dengan NTPN, \
                 tanggal, KAP dan KJS (untuk pemindahbukuan, kosongkan KAP/KJS dan ketik nomor \
                 Pbk di kolom NTPN), lalu buat ulang CSV SPT-nya.",
            en: "Pay the VAT due with a billing code, then record the payment (NTPN and payment \
                 date) with `faktur spt pay YYYY-MM` before `faktur spt file YYYY-MM`. In the \
                 e-Faktur desktop, fill in Input SSP with the NTPN, date, KAP and KJS (for a \
                 pemindahbukuan, leave KAP/KJS empty and type the Pbk number in the NTPN field), \
                 then build the SPT CSV again.",
        },
    },
    Entry {
        code: "ETAX-20045",
        family: Family::EtaxValidation,
        official: Some("SPT Lebih Bayar"),
        also_published: &[],
        message: Text {
            id: "SPT lebih bayar",
            en: "Overpaid SPT",
        },
        cause: Text {
            id: "SPT Masa PPN menunjukkan lebih bayar (pajak masukan lebih besar daripada pajak \
                 keluaran), dan perlakuan atas kelebihan itu belum ditentukan, sehingga SPT tidak \
                 dapat diproses seperti SPT kurang bayar atau nihil.",
            en: "The SPT Masa PPN shows an overpayment (input VAT exceeds output VAT), and what \
                 to do with the excess has not been decided, so the SPT cannot be processed like \
                 an underpaid or nil return.",
        },
        remedy: Text {
            id: "Pada Induk SPT pilih apakah kelebihan bayar dikompensasikan ke masa berikutnya \
                 atau diminta kembali (restitusi), simpan, lalu buat ulang berkasnya; SPT lebih \
                 bayar tidak memerlukan SSP. Periksa hasil dan status SPT dengan \
                 `faktur spt show YYYY-MM` sebelum `faktur spt file YYYY-MM`.",
            en: "In the SPT's main form (Induk) choose whether the excess is carried to the next \
                 period (kompensasi) or refunded (restitusi), save, then build the file again; an \
                 overpaid SPT needs no SSP. Check the result and status with \
                 `faktur spt show YYYY-MM` before `faktur spt file YYYY-MM`.",
        },
    },
];
