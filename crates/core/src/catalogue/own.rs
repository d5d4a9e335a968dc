//! OpenFaktur's own codes (FKT-): checks that DJP has no code for.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "FKT-1001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Database tidak dapat dibuka",
            en: "Database cannot be opened",
        },
        cause: Text {
            id: "OpenFaktur tidak dapat menjangkau atau membuka database perusahaan. Penyebab \
                 yang umum: server PostgreSQL mati atau tidak terjangkau, URL `--database` atau \
                 nama pengguna/kata sandinya salah, hak akses berkas SQLite atau foldernya tidak \
                 cukup, atau disk tempat data disimpan tidak terpasang.",
            en: "OpenFaktur could not reach or open the company database. Common causes: the \
                 PostgreSQL server is down or unreachable, the `--database` URL or its user name \
                 or password is wrong, the SQLite file or its folder lacks the needed \
                 permissions, or the disk holding the data is not mounted.",
        },
        remedy: Text {
            id: "Periksa URL `--database`, apakah server PostgreSQL berjalan dan dapat \
                 dijangkau, serta hak akses folder data (`--data-dir` / `FAKTUR_HOME`); \
                 `faktur doctor` memeriksa semuanya sekaligus. Pekerjaan lokal di database \
                 SQLite tidak terpengaruh. Setelah database dapat dijangkau lagi, cukup ulangi \
                 perintahnya.",
            en: "Check the `--database` URL, whether the PostgreSQL server is running and \
                 reachable, and the permissions on the data folder (`--data-dir` / \
                 `FAKTUR_HOME`); `faktur doctor` checks all of these at once. Local work in \
                 SQLite databases is not affected. Once the database is reachable again, simply \
                 repeat the command.",
        },
    },
    Entry {
        code: "FKT-1002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Sambungan ke database terputus",
            en: "Connection to the database lost",
        },
        cause: Text {
            id: "Sambungan ke database putus di tengah operasi, misalnya karena server PostgreSQL \
                 dimulai ulang atau jaringan terputus (keadaan yang di e-Faktur desktop muncul \
                 sebagai ETAX-10002). Transaksinya dibatalkan seluruhnya, jadi tidak ada data \
                 yang tersimpan setengah.",
            en: "The connection to the database dropped in the middle of an operation, for \
                 example because the PostgreSQL server restarted or the network went down (the \
                 situation the e-Faktur desktop reports as ETAX-10002). The transaction was \
                 rolled back in full, so nothing was left half-written.",
        },
        remedy: Text {
            id: "Jalankan lagi perintah yang sama; operasi berikutnya menyambung ulang sendiri. \
                 Bila terus terjadi, periksa server dan jaringan dengan `faktur doctor`.",
            en: "Run the same command again; the next operation reconnects by itself. If it \
                 keeps happening, check the server and the network with `faktur doctor`.",
        },
    },
    Entry {
        code: "FKT-1003",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Database rusak; penulisan ditolak",
            en: "Database damaged; writes refused",
        },
        cause: Text {
            id: "Database perusahaan gagal dalam pemeriksaan integritas: strukturnya, checksum \
                 sebuah faktur, atau rantai hash log audit tidak cocok. Untuk melindungi data, \
                 semua penulisan ditolak sampai database diperbaiki (pada SQLite ditandai berkas \
                 `<berkas>.damaged` di sebelahnya); membaca data tetap bisa. Penyebab yang \
                 sering: berkas disalin atau ditimpa saat aplikasi berjalan, atau kerusakan disk.",
            en: "The company database failed an integrity check: its structure, an invoice's \
                 checksum or the audit log's hash chain does not match. To protect the data, \
                 every write is refused until the database is repaired (on SQLite a marker file \
                 `<file>.damaged` sits beside it); reading still works. Typical causes: the file \
                 was copied or overwritten while the application was running, or a disk fault.",
        },
        remedy: Text {
            id: "Jalankan `faktur db check` untuk melihat masalahnya, lalu `faktur db repair`: \
                 ia memulihkan cadangan terbaru yang lolos pemeriksaan, menyelamatkan faktur \
                 lebih baru yang masih utuh, dan mencantumkan apa yang tidak terbawa; berkas yang \
                 rusak disimpan di sebelahnya. Jangan menyalin atau memindahkan berkas database \
                 selama aplikasi berjalan; gunakan `faktur db backup`.",
            en: "Run `faktur db check` to see the problems, then `faktur db repair`: it restores \
                 the newest backup that passes the check, salvages newer invoices that are still \
                 intact, and lists what it could not bring back; the damaged file is kept beside \
                 it. Do not copy or move database files while the application runs; use \
                 `faktur db backup`.",
        },
    },
    Entry {
        code: "FKT-1004",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Database dibuat oleh OpenFaktur versi lebih baru",
            en: "Database written by a newer OpenFaktur",
        },
        cause: Text {
            id: "Versi skema database lebih tinggi daripada yang dikenal program ini, artinya \
                 database itu sudah dipakai atau dimigrasikan oleh OpenFaktur versi yang lebih \
                 baru. Program ini tidak dapat memakainya dengan aman, jadi tidak mengubahnya.",
            en: "The database's schema version is higher than this program knows: a newer \
                 OpenFaktur has already used or migrated it. This program cannot work with it \
                 safely, so it leaves it unchanged.",
        },
        remedy: Text {
            id: "Perbarui OpenFaktur ke versi yang terakhir memakai database ini atau yang lebih \
                 baru. Versi database tidak pernah diturunkan ke versi lama.",
            en: "Upgrade OpenFaktur to the version that last used this database, or a newer \
                 one. A database is never downgraded to an older version.",
        },
    },
    Entry {
        code: "FKT-1005",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Perusahaan tidak ditemukan",
            en: "Company not found",
        },
        cause: Text {
            id: "Tidak ada database perusahaan di folder data atau di database yang dipilih, \
                 atau NPWP yang diberikan dengan `--company` tidak ada di sana. Biasanya \
                 `--data-dir` / `FAKTUR_HOME` menunjuk ke folder lain, atau perusahaannya belum \
                 dibuat. Catatan menunjukkan lokasi yang diperiksa.",
            en: "There is no company database in the data folder or in the chosen database, or \
                 the NPWP given with `--company` is not there. Usually `--data-dir` / \
                 `FAKTUR_HOME` points to another folder, or the company has not been created \
                 yet. The note shows where it looked.",
        },
        remedy: Text {
            id: "`faktur company list` menampilkan perusahaan yang ada di lokasi itu. Periksa \
                 `--data-dir` / `FAKTUR_HOME` dan NPWP pada `--company`; perusahaan baru dibuat \
                 dengan `faktur company init --npwp NPWP --name NAMA`.",
            en: "`faktur company list` shows the companies at that location. Check \
                 `--data-dir` / `FAKTUR_HOME` and the NPWP in `--company`; create a new company \
                 with `faktur company init --npwp NPWP --name NAME`.",
        },
    },
    Entry {
        code: "FKT-1006",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Perusahaan belum dipilih",
            en: "No company chosen",
        },
        cause: Text {
            id: "Ada beberapa perusahaan di folder data atau database ini, dan perintahnya tidak \
                 menyebutkan perusahaan mana yang dimaksud. OpenFaktur tidak menebak, agar tidak \
                 ada data yang tercatat pada perusahaan yang salah.",
            en: "Several companies exist in this data folder or database, and the command did \
                 not say which one it is for. OpenFaktur does not guess, so that nothing is \
                 recorded under the wrong company.",
        },
        remedy: Text {
            id: "Tambahkan `--company NPWP` pada perintahnya, atau isi variabel lingkungan \
                 `FAKTUR_COMPANY` dengan NPWP perusahaan yang biasa dipakai. \
                 `faktur company list` menampilkan semua perusahaan beserta NPWP-nya.",
            en: "Add `--company NPWP` to the command, or set the environment variable \
                 `FAKTUR_COMPANY` to the NPWP of the company you usually work with. \
                 `faktur company list` shows every company with its NPWP.",
        },
    },
    Entry {
        code: "FKT-1007",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Perusahaan sudah ada",
            en: "Company already exists",
        },
        cause: Text {
            id: "Perusahaan dengan NPWP itu sudah ada, sehingga `faktur company init` tidak \
                 membuatnya lagi; atau database tujuan `faktur db migrate` sudah memuat \
                 perusahaan tersebut. Data yang sudah ada tidak ditimpa.",
            en: "A company with that NPWP already exists, so `faktur company init` does not \
                 create it again; or the target database of `faktur db migrate` already holds \
                 that company. The existing data is not overwritten.",
        },
        remedy: Text {
            id: "Pakai perusahaan yang sudah ada dengan `--company NPWP` (lihat \
                 `faktur company list`). Untuk migrasi, pilih database tujuan lain yang belum \
                 memuat perusahaan ini.",
            en: "Use the existing company with `--company NPWP` (see `faktur company list`). \
                 For a migration, choose another target database that does not hold this \
                 company yet.",
        },
    },
    Entry {
        code: "FKT-1008",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Pencadangan, pemulihan atau penyalinan gagal",
            en: "Backup, restore or copy failed",
        },
        cause: Text {
            id: "Pencadangan, pemulihan atau penyalinan database tidak selesai: disk penuh, hak \
                 akses tidak cukup, berkas tujuan sudah ada, atau salinannya tidak lolos \
                 verifikasi jumlah data dan checksum. Tidak ada yang diganti; database yang \
                 sedang dipakai tetap seperti semula.",
            en: "A backup, restore or copy of the database did not complete: the disk is full, \
                 permissions are missing, the destination already exists, or the copy did not \
                 verify by record counts and checksums. Nothing was replaced; the database in \
                 use is unchanged.",
        },
        remedy: Text {
            id: "Periksa ruang kosong dan hak akses di lokasi tujuan, pilih path tujuan yang \
                 baru (misalnya `faktur db backup -o PATH` dengan nama berkas yang belum ada), \
                 lalu ulangi. Catatan menunjukkan berkas dan alasannya.",
            en: "Check the free space and permissions at the destination, choose a new \
                 destination path (for example `faktur db backup -o PATH` with a file name not \
                 yet in use), and try again. The note shows the file and the reason.",
        },
    },
    Entry {
        code: "FKT-1009",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kesalahan database lainnya",
            en: "Other database error",
        },
        cause: Text {
            id: "Database melaporkan kesalahan tak terduga yang tidak tercakup oleh kode lain \
                 dalam katalog ini. Catatan memuat pesan asli dari database (SQLite atau \
                 PostgreSQL). Seperti setiap penulisan, tidak ada yang tersimpan setengah.",
            en: "The database reported an unexpected error that no other code in this \
                 catalogue covers. The note holds the database's own message (SQLite or \
                 PostgreSQL). As with every write, nothing was left half-written.",
        },
        remedy: Text {
            id: "Ulangi perintahnya. Bila kesalahan tetap muncul, jalankan `faktur db check` \
                 dan simpan catatan lengkapnya untuk tim dukungan.",
            en: "Repeat the command. If the error persists, run `faktur db check` and keep the \
                 full note for support.",
        },
    },
    Entry {
        code: "FKT-1010",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tidak ada cadangan yang dapat dipakai",
            en: "No usable backup",
        },
        cause: Text {
            id: "`faktur db repair` tidak menemukan cadangan yang dapat dipulihkan: folder \
                 `backups/<NPWP16>/` kosong, atau tidak satu pun cadangan di sana lolos \
                 pemeriksaan integritas. Tidak ada yang dipulihkan.",
            en: "`faktur db repair` found no backup it could restore: the `backups/<NPWP16>/` \
                 folder is empty, or none of the backups there passes the integrity check. \
                 Nothing was restored.",
        },
        remedy: Text {
            id: "Cari salinan lama di tempat lain (disk eksternal, cadangan sistem, komputer \
                 lain) dan pulihkan dengan `faktur db restore FILE`. Faktur yang sudah disetujui \
                 dapat diambil kembali dari otoritas dengan `faktur db recover`. Mulai sekarang \
                 biarkan pencadangan terjadwal tetap aktif (jangan isi \
                 `FAKTUR_BACKUP_INTERVAL_HOURS` dengan 0).",
            en: "Look for older copies elsewhere (an external disk, system backups, another \
                 computer) and restore one with `faktur db restore FILE`. Fetch approved \
                 invoices back from the authority with `faktur db recover`. From now on keep \
                 scheduled backups on (do not set `FAKTUR_BACKUP_INTERVAL_HOURS` to 0).",
        },
    },
    Entry {
        code: "FKT-1011",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Cadangan tidak dapat dipakai untuk permintaan ini",
            en: "Backup not usable for this request",
        },
        cause: Text {
            id: "Berkas cadangan gagal dalam pemeriksaannya, tidak memuat perusahaan atau memuat \
                 lebih dari satu, atau memuat perusahaan lain daripada tujuan. Bisa juga \
                 permintaannya tidak mungkin pada backend ini: `faktur db repair` tidak berlaku \
                 untuk PostgreSQL, yang menjaga penyimpanannya sendiri.",
            en: "The backup file fails its check, holds no company or several, or holds a \
                 different company than the target. Or the request is not possible on this \
                 backend: `faktur db repair` does not apply to PostgreSQL, which guards its own \
                 storage.",
        },
        remedy: Text {
            id: "Pilih berkas cadangan lain milik perusahaan yang sama, dan periksa NPWP tujuan \
                 (`--company`). Pada PostgreSQL, jangan memperbaiki di tempat: pulihkan \
                 cadangan ke database baru yang kosong (`--database` menunjuk ke sana) dengan \
                 `faktur db restore FILE`.",
            en: "Choose another backup of the same company, and check the target NPWP \
                 (`--company`). On PostgreSQL, do not repair in place: restore the backup into a \
                 new, empty database (`--database` pointing to it) with \
                 `faktur db restore FILE`.",
        },
    },
    Entry {
        code: "FKT-1012",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Database sedang sibuk",
            en: "Database busy",
        },
        cause: Text {
            id: "Proses lain memegang kunci tulis database lebih lama dari batas tunggu (10 \
                 detik), misalnya impor besar yang sedang berjalan. Perintah ini berhenti \
                 menunggu dan tidak menulis apa pun.",
            en: "Another process held the database's write lock longer than the wait limit (10 \
                 seconds), for example a large import in progress. This command stopped waiting \
                 and wrote nothing.",
        },
        remedy: Text {
            id: "Tunggu sampai pekerjaan lain itu selesai, lalu ulangi perintahnya. Bila terus \
                 terjadi padahal tidak ada proses lain yang berjalan, periksa dengan \
                 `faktur doctor`.",
            en: "Wait for the other job to finish, then repeat the command. If it keeps \
                 happening while nothing else is running, check with `faktur doctor`.",
        },
    },
    Entry {
        code: "FKT-2001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur tanpa baris barang/jasa",
            en: "Invoice has no lines",
        },
        cause: Text {
            id: "Draf faktur tidak memuat satu pun baris barang atau jasa: `lines` kosong atau \
                 tidak diisi. Tanpa baris tidak ada DPP, PPN maupun PPnBM yang dapat dihitung, \
                 dan faktur pajak tanpa barang/jasa tidak diterima DJP.",
            en: "The draft has no goods or services line: `lines` is empty or missing. Without \
                 lines there is no DPP, VAT or PPnBM to compute, and DJP does not accept a tax \
                 invoice without goods or services.",
        },
        remedy: Text {
            id: "Tambahkan paling sedikit satu baris di `lines` dengan `opt`, `code`, `name`, \
                 `unit`, `price` dan `qty`, misalnya `{\"opt\": \"A\", \"code\": \"000000\", \
                 \"name\": \"Barang A\", \"unit\": \"UM.0018\", \"price\": \"100000\", \
                 \"qty\": \"1\"}`. Periksa lagi dengan `faktur calc FILE`.",
            en: "Add at least one line to `lines` with `opt`, `code`, `name`, `unit`, `price` and \
                 `qty`, for example `{\"opt\": \"A\", \"code\": \"000000\", \"name\": \
                 \"Item A\", \"unit\": \"UM.0018\", \"price\": \"100000\", \"qty\": \"1\"}`. \
                 Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kuantitas harus lebih dari nol",
            en: "Quantity must be greater than zero",
        },
        cause: Text {
            id: "`lines[].qty` bernilai nol atau negatif. Faktur pajak mencatat penyerahan, jadi \
                 setiap baris harus menyerahkan jumlah yang positif; Coretax juga menolak baris \
                 negatif. Catatan menunjukkan nilai yang diberikan.",
            en: "`lines[].qty` is zero or negative. A tax invoice records a delivery, so every \
                 line must deliver a positive quantity; Coretax also refuses negative lines. The \
                 note shows the value given.",
        },
        remedy: Text {
            id: "Isi `lines[].qty` dengan jumlah yang diserahkan, lebih dari nol (pecahan boleh, \
                 misalnya \"1.5\"), atau hapus baris itu. Barang yang dikembalikan dicatat dengan \
                 nota retur (`faktur invoice retur ID`), bukan dengan kuantitas negatif; faktur \
                 yang keliru diganti dengan `faktur invoice replace ID` atau dibatalkan dengan \
                 `faktur invoice cancel ID`.",
            en: "Set `lines[].qty` to the quantity delivered, greater than zero (fractions are \
                 fine, for example \"1.5\"), or remove the line. Returned goods are recorded \
                 with a nota retur (`faktur invoice retur ID`), not with a negative quantity; a \
                 wrong invoice is replaced with `faktur invoice replace ID` or cancelled with \
                 `faktur invoice cancel ID`.",
        },
    },
    Entry {
        code: "FKT-2003",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Diskon tidak boleh negatif",
            en: "Discount must not be negative",
        },
        cause: Text {
            id:
                "`lines[].discount` bernilai negatif. Diskon adalah potongan harga yang mengurangi \
                 DPP; diskon negatif sama dengan menaikkan harga tanpa terlihat, dan DJP tidak \
                 menerima nilai negatif pada baris faktur. Catatan menunjukkan nilainya.",
            en: "`lines[].discount` is negative. A discount is a price reduction that lowers the \
                 DPP; a negative discount silently raises the price, and DJP does not accept \
                 negative values on invoice lines. The note shows the value.",
        },
        remedy: Text {
            id:
                "Isi `lines[].discount` dengan jumlah potongan untuk seluruh baris, nol atau lebih \
                 (\"0\" bila tidak ada potongan). Biaya tambahan dimasukkan ke `lines[].price` \
                 atau dibuat sebagai baris tersendiri. Periksa lagi dengan `faktur calc FILE`.",
            en: "Set `lines[].discount` to the discount amount for the whole line, zero or more \
                 (\"0\" when there is none). A surcharge belongs in `lines[].price` or on a line \
                 of its own. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2004",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Diskon melebihi nilai baris",
            en: "Discount exceeds the line amount",
        },
        cause: Text {
            id:
                "`lines[].discount` lebih besar daripada harga × kuantitas baris itu, sehingga DPP \
                 baris menjadi negatif. DJP menolak DPP negatif (ETAX-20035). Yang sering \
                 terjadi: diskon untuk seluruh faktur ditaruh pada satu baris kecil, atau harga \
                 setelah potongan ditulis di kolom diskon.",
            en: "`lines[].discount` is larger than price × quantity of that line, so the line's \
                 DPP would be negative. DJP refuses a negative DPP (ETAX-20035). Typical causes: \
                 a discount for the whole invoice was put on one small line, or the price after \
                 discount was written in the discount field.",
        },
        remedy: Text {
            id: "`lines[].discount` adalah total potongan satu baris dalam rupiah, bukan \
                 persentase dan bukan harga setelah potongan; isi paling banyak sebesar `price` × \
                 `qty`. Diskon untuk seluruh faktur dibagi secara proporsional ke baris-baris \
                 yang didiskon. Periksa lagi dengan `faktur calc FILE`.",
            en: "`lines[].discount` is the total discount of one line in rupiah, not a percentage \
                 and not the price after discount; make it at most `price` × `qty`. Spread a \
                 discount on the whole invoice pro rata over the discounted lines. Recheck with \
                 `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2005",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tarif PPN 0 % tidak boleh untuk kode transaksi ini",
            en: "0 % VAT not allowed under this kode transaksi",
        },
        cause: Text {
            id: "Sebuah baris menyatakan `vat_rate` \"0\", padahal kode transaksi fakturnya bukan \
                 07 atau 08. Faktur berkode 01–06, 09 dan 10 wajib memungut PPN; baris 0 % hanya \
                 diterima pada faktur fasilitas kode 07 (tidak dipungut atau ditanggung \
                 pemerintah) dan 08 (dibebaskan). Catatan menunjukkan kode fakturnya.",
            en: "A line states `vat_rate` \"0\", but the invoice's kode transaksi is not 07 or \
                 08. Invoices with kode 01–06, 09 and 10 must collect VAT; a 0 % line is \
                 accepted only on a facility invoice, kode 07 (not collected or borne by the \
                 government) or 08 (exempted). The note shows the invoice's kode.",
        },
        remedy: Text {
            id: "Bila penyerahan ini terutang PPN, kosongkan `lines[].vat_rate` (null) agar tarif \
                 yang berlaku dipakai. Bila penyerahan mendapat fasilitas, ubah `trx_code` \
                 menjadi \"07\" atau \"08\" dan isi `add_info` (TD.005NN) serta `facility_stamp` \
                 (TD.011NN) dengan NN yang sama. Penyerahan yang dipungut dan yang mendapat \
                 fasilitas dibuat dalam faktur terpisah.",
            en: "If this delivery is subject to VAT, set `lines[].vat_rate` to null so that the \
                 rate in force applies. If it has a VAT facility, change `trx_code` to \"07\" or \
                 \"08\" and fill `add_info` (TD.005NN) and `facility_stamp` (TD.011NN) with the \
                 same NN. Taxed and facility deliveries go on separate invoices.",
        },
    },
    Entry {
        code: "FKT-2006",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "PPnBM pada baris yang bukan barang mewah",
            en: "PPnBM on a line not marked luxury",
        },
        cause: Text {
            id: "Baris ini memiliki `stlg_rate` lebih dari nol (PPnBM, disebut STLG di Coretax), \
                 tetapi `luxury` bernilai false. PPnBM hanya dikenakan atas barang mewah, dan \
                 baris yang dikenai PPnBM harus memakai perlakuan PPN barang mewah pada baris yang \
                 sama; Coretax menolak baris yang mencampur PPN barang mewah dan bukan barang \
                 mewah.",
            en: "This line has `stlg_rate` above zero (PPnBM, called STLG in Coretax) but \
                 `luxury` is false. PPnBM applies only to luxury goods, and a line that carries \
                 PPnBM must use the luxury VAT treatment on the same line; Coretax refuses a line \
                 that mixes luxury and non-luxury VAT.",
        },
        remedy: Text {
            id: "Bila barangnya memang dikenai PPnBM, isi `lines[].luxury` dengan true; PPN-nya \
                 lalu dihitung dengan aturan barang mewah, dan sejak 2025 fakturnya memakai kode \
                 01. Bila tidak, isi `lines[].stlg_rate` dengan \"0\". Periksa lagi dengan \
                 `faktur calc FILE`.",
            en: "If the goods really are subject to PPnBM, set `lines[].luxury` to true; VAT is \
                 then computed under the luxury-goods rule, and from 2025 the invoice uses kode \
                 01. Otherwise set `lines[].stlg_rate` to \"0\". Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2007",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tarif di luar batas",
            en: "Rate out of range",
        },
        cause: Text {
            id: "Tarif pada baris ini di luar batas yang mungkin: `vat_rate` harus antara 0 dan \
                 100, dan `stlg_rate` paling tinggi 200 (tarif PPnBM paling tinggi 200 % menurut \
                 UU PPN). Tarif ditulis dalam persen, jadi angka sebesar ini hampir selalu salah \
                 ketik. Catatan menunjukkan nilai yang diberikan.",
            en: "The rate on this line is outside what is possible: `vat_rate` must be between 0 \
                 and 100, and `stlg_rate` at most 200 (the VAT Law caps PPnBM at 200 %). Rates \
                 are percentages, so a value this large is almost always a typo. The note shows \
                 the value given.",
        },
        remedy: Text {
            id:
                "Tulis tarif dalam persen sebagai string: \"12\" untuk 12 %, bukan \"1200\". Untuk \
                 PPN, biarkan `lines[].vat_rate` null kecuali peraturan menetapkan tarif lain; \
                 untuk PPnBM, isi `lines[].stlg_rate` dengan tarif PPnBM barang itu (misalnya \
                 \"20\"). Periksa lagi dengan `faktur calc FILE`.",
            en: "Write rates as percentages in a string: \"12\" for 12 %, not \"1200\". For VAT, \
                 leave `lines[].vat_rate` null unless a regulation sets another rate; for PPnBM, \
                 set `lines[].stlg_rate` to the PPnBM rate of the goods (for example \"20\"). \
                 Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2008",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tarif PPN berbeda dengan tarif yang berlaku",
            en: "VAT rate differs from the rate in force",
        },
        cause: Text {
            id: "`lines[].vat_rate` menyatakan tarif yang berbeda dengan tarif yang berlaku pada \
                 tanggal faktur: 10 % sampai 31 Maret 2022, 11 % dari 1 April 2022 sampai 31 \
                 Desember 2024, dan 12 % sejak 1 Januari 2025 (untuk barang/jasa bukan barang \
                 mewah atas DPP Nilai Lain 11/12 × harga). Peringatan ini tidak muncul untuk kode \
                 05, untuk 0 % pada kode 07/08, dan untuk 11 % atas harga penuh pada masa \
                 transisi Januari–Maret 2025 (PER-1/PJ/2025). Faktur tetap dihitung dengan tarif \
                 yang dinyatakan; catatan menunjukkan tarif itu, tarif yang berlaku dan nama \
                 rezim tarifnya.",
            en: "`lines[].vat_rate` states a rate other than the one in force on the invoice \
                 date: 10 % until 31 March 2022, 11 % from 1 April 2022 to 31 December 2024, and \
                 12 % from 1 January 2025 (on the DPP Nilai Lain of 11/12 × price for goods and \
                 services that are not luxury goods). The warning is not given for kode 05, for \
                 0 % on kode 07/08, or for 11 % on the full price in the January–March 2025 \
                 transition (PER-1/PJ/2025). The invoice is still computed at the stated rate; \
                 the note shows that rate, the rate in force and the name of the rate regime.",
        },
        remedy: Text {
            id: "Kosongkan `lines[].vat_rate` (null) agar OpenFaktur memakai tarif yang berlaku \
                 pada `date` untuk baris itu. Isi tarif sendiri hanya bila peraturan menetapkan \
                 tarif lain, dan tulis dalam persen (\"11\", bukan \"0.11\"). Bila yang salah \
                 tanggalnya, perbaiki `date`. Periksa lagi dengan `faktur calc FILE`.",
            en: "Set `lines[].vat_rate` to null so that OpenFaktur uses the rate in force on \
                 `date` for that line. State a rate only when a regulation sets another one, and \
                 write it as a percentage (\"11\", not \"0.11\"). If the date is what is wrong, \
                 correct `date`. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2009",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode 05 memerlukan tarif besaran tertentu",
            en: "Kode 05 needs the specified rate",
        },
        cause: Text {
            id: "Faktur berkode 05 (PPN dengan besaran tertentu, Pasal 9A UU PPN), tetapi \
                 `lines[].vat_rate` kosong. Untuk penyerahan seperti ini PPN tidak dihitung \
                 dengan tarif umum, melainkan dengan besaran tertentu yang ditetapkan peraturan \
                 untuk jenis penyerahannya, sehingga OpenFaktur tidak dapat menentukannya sendiri.",
            en: "The invoice has kode 05 (VAT at a specified amount, art. 9A of the VAT Law) but \
                 `lines[].vat_rate` is empty. For such deliveries VAT is not charged at the \
                 general rate but at the specified percentage a regulation sets for that kind of \
                 delivery, so OpenFaktur cannot work it out by itself.",
        },
        remedy: Text {
            id: "Isi `lines[].vat_rate` pada setiap baris dengan persentase besaran tertentu yang \
                 berlaku untuk penyerahan itu, sebagai string desimal (misalnya \"1.1\"); \
                 persentase itu dikenakan atas harga penuh, tanpa DPP Nilai Lain. Bila \
                 penyerahannya bukan besaran tertentu, pilih kode lain di `trx_code`.",
            en: "Set `lines[].vat_rate` on every line to the specified percentage that applies \
                 to the delivery, as a decimal string (for example \"1.1\"); it is charged on the \
                 full price, without DPP Nilai Lain. If the delivery is not a besaran tertentu \
                 one, choose another code in `trx_code`.",
        },
    },
    Entry {
        code: "FKT-2010",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Barang/jasa bukan mewah dengan kode 01",
            en: "Non-luxury line under kode 01",
        },
        cause: Text {
            id: "Faktur era Coretax (sejak 1 Januari 2025) berkode 01 memuat baris dengan \
                 `luxury` false. Sejak PMK 131/2024 kode 01 dipakai untuk barang mewah (PPN 12 % \
                 atas harga penuh), sedangkan barang dan jasa lainnya memakai kode 04 (DPP Nilai \
                 Lain 11/12 × harga, tarif 12 %). OpenFaktur tetap menghitung baris ini dengan \
                 DPP Nilai Lain 11/12, jadi jumlahnya benar; yang perlu diperiksa adalah kodenya.",
            en: "A Coretax-era invoice (from 1 January 2025) with kode 01 has a line with \
                 `luxury` false. Since PMK 131/2024 kode 01 is for luxury goods (12 % VAT on the \
                 full price), while other goods and services use kode 04 (DPP Nilai Lain of \
                 11/12 × price, rate 12 %). OpenFaktur still computes this line on the 11/12 \
                 base, so the amounts are right; the code is what needs checking.",
        },
        remedy: Text {
            id: "Ubah `trx_code` menjadi \"04\" untuk penyerahan barang/jasa bukan barang mewah; \
                 jumlah PPN tidak berubah. Bila barangnya memang barang mewah, isi \
                 `lines[].luxury` dengan true. Bila faktur memuat keduanya, pisahkan menjadi dua \
                 faktur (lihat `faktur explain FKT-2012`).",
            en: "Change `trx_code` to \"04\" for a delivery of non-luxury goods or services; the \
                 VAT amount does not change. If the goods really are luxury goods, set \
                 `lines[].luxury` to true. If the invoice holds both kinds, split it in two (see \
                 `faktur explain FKT-2012`).",
        },
    },
    Entry {
        code: "FKT-2011",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Barang mewah dengan kode 04",
            en: "Luxury line under kode 04",
        },
        cause: Text {
            id: "Baris dengan `luxury` true terdapat pada faktur era Coretax berkode 04. Kode 04 \
                 (DPP Nilai Lain 11/12) dipakai untuk barang dan jasa bukan barang mewah; barang \
                 mewah memakai kode 01 dengan PPN 12 % atas harga penuh. OpenFaktur tetap \
                 menghitung baris ini dengan aturan barang mewah, jadi DPP-nya tidak dikurangi \
                 menjadi 11/12.",
            en: "A line with `luxury` true is on a Coretax-era invoice with kode 04. Kode 04 \
                 (DPP Nilai Lain of 11/12) is for goods and services that are not luxury goods; \
                 luxury goods use kode 01 with 12 % VAT on the full price. OpenFaktur still \
                 computes this line under the luxury-goods rule, so its base is not reduced to \
                 11/12.",
        },
        remedy: Text {
            id: "Untuk barang mewah, ubah `trx_code` menjadi \"01\"; bila faktur juga memuat \
                 barang/jasa bukan mewah, pindahkan baris-baris itu ke faktur kode 04 tersendiri. \
                 Bila barangnya bukan barang mewah, isi `lines[].luxury` dengan false dan \
                 `lines[].stlg_rate` dengan \"0\".",
            en: "For luxury goods, change `trx_code` to \"01\"; if the invoice also holds \
                 non-luxury goods or services, move those lines to a separate kode 04 invoice. \
                 If the goods are not luxury goods, set `lines[].luxury` to false and \
                 `lines[].stlg_rate` to \"0\".",
        },
    },
    Entry {
        code: "FKT-2012",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Barang mewah dan bukan mewah dalam satu faktur",
            en: "Luxury and non-luxury lines on one invoice",
        },
        cause: Text {
            id: "Faktur era Coretax ini memuat baris dengan `luxury` true dan baris dengan \
                 `luxury` false. Sejak PMK 131/2024 keduanya memakai kode transaksi yang berbeda \
                 (01 untuk barang mewah, 04 untuk yang lain) dan dasar pengenaan yang berbeda, \
                 sehingga lazimnya dibuat sebagai faktur terpisah. Setiap baris tetap dihitung \
                 dengan aturannya sendiri.",
            en: "This Coretax-era invoice has lines with `luxury` true and lines with `luxury` \
                 false. Since PMK 131/2024 the two use different codes (01 for luxury goods, 04 \
                 for the rest) and different tax bases, so they normally go on separate \
                 invoices. Each line is still computed under its own rule.",
        },
        remedy: Text {
            id: "Buat dua faktur: satu dengan `trx_code` \"01\" berisi baris yang `luxury`-nya \
                 true, dan satu dengan `trx_code` \"04\" berisi baris yang `luxury`-nya false. \
                 Periksa masing-masing dengan `faktur calc FILE` sebelum \
                 `faktur invoice create`.",
            en: "Issue two invoices: one with `trx_code` \"01\" holding the lines whose `luxury` \
                 is true, and one with `trx_code` \"04\" holding the lines whose `luxury` is \
                 false. Check each with `faktur calc FILE` before `faktur invoice create`.",
        },
    },
    Entry {
        code: "FKT-2013",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Keterangan fasilitas diabaikan",
            en: "Facility codes ignored",
        },
        cause: Text {
            id: "`add_info` atau `facility_stamp` diisi pada faktur yang kode transaksinya bukan \
                 07 atau 08. Keterangan tambahan dan cap fasilitas hanya berlaku untuk faktur \
                 fasilitas (07: tidak dipungut atau ditanggung pemerintah; 08: dibebaskan); pada \
                 kode lain keduanya diabaikan.",
            en: "`add_info` or `facility_stamp` is given on an invoice whose kode transaksi is \
                 not 07 or 08. Additional information and the facility stamp apply only to \
                 facility invoices (07: not collected or borne by the government; 08: \
                 exempted); under any other code both are ignored.",
        },
        remedy: Text {
            id: "Bila penyerahan ini mendapat fasilitas PPN, ubah `trx_code` menjadi \"07\" atau \
                 \"08\" sesuai fasilitasnya. Bila tidak, hapus `add_info` dan `facility_stamp` \
                 atau isi keduanya dengan null.",
            en: "If the delivery has a VAT facility, change `trx_code` to \"07\" or \"08\" to \
                 match it. Otherwise remove `add_info` and `facility_stamp` or set both to null.",
        },
    },
    Entry {
        code: "FKT-2014",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Keterangan tambahan atau cap fasilitas tidak valid",
            en: "Invalid additional information or facility stamp",
        },
        cause: Text {
            id: "Pada faktur kode 07/08, `add_info` harus berbentuk TD.005NN dan \
                 `facility_stamp` berbentuk TD.011NN, dengan NN yang sama pada keduanya, dan NN \
                 harus ada dalam daftar kode itu: 01–27 untuk kode 07, 01–10 untuk kode 08. \
                 Salah satu syarat itu tidak terpenuhi; catatan menyebutkan yang mana.",
            en: "On a kode 07/08 invoice, `add_info` must have the form TD.005NN and \
                 `facility_stamp` the form TD.011NN, with the same NN in both, and NN must be in \
                 that code's list: 01–27 for kode 07, 01–10 for kode 08. One of these conditions \
                 fails; the note says which.",
        },
        remedy: Text {
            id: "Pilih NN dari daftar fasilitas DJP untuk kode fakturnya dan tulis keduanya \
                 dengan NN yang sama, misalnya `add_info` \"TD.00504\" dengan `facility_stamp` \
                 \"TD.01104\". Periksa dasar hukum fasilitasnya; bila fasilitas itu termasuk kode \
                 lain, ubah `trx_code`. Periksa lagi dengan `faktur calc FILE`.",
            en: "Pick NN from DJP's facility list for the invoice's code and write both with the \
                 same NN, for example `add_info` \"TD.00504\" with `facility_stamp` \
                 \"TD.01104\". Check the facility's legal basis; if it belongs to the other code, \
                 change `trx_code`. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2015",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Periode dokumen pendukung harus MMYYYY",
            en: "Supporting document period must be MMYYYY",
        },
        cause: Text {
            id: "`custom_doc_period` (periode dokumen pendukung, `CustomDocMonthYear` di XML \
                 Coretax) tidak berbentuk MMYYYY: enam digit, yaitu dua digit bulan 01–12 diikuti \
                 empat digit tahun. Catatan menunjukkan nilai yang diberikan.",
            en: "`custom_doc_period` (the supporting document's period, `CustomDocMonthYear` in \
                 Coretax XML) is not MMYYYY: six digits, a two-digit month 01–12 followed by a \
                 four-digit year. The note shows the value given.",
        },
        remedy: Text {
            id: "Tulis `custom_doc_period` sebagai enam digit tanpa pemisah, misalnya \"032025\" \
                 untuk Maret 2025, atau isi null bila tidak ada dokumen pendukung.",
            en: "Write `custom_doc_period` as six digits without separators, for example \
                 \"032025\" for March 2025, or set it to null when there is no supporting \
                 document.",
        },
    },
    Entry {
        code: "FKT-2016",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode transaksi belum berlaku pada tanggal faktur",
            en: "Kode transaksi not yet valid on the invoice date",
        },
        cause: Text {
            id: "Kode transaksi di `trx_code` belum ada pada tanggal faktur. Kode 10 (penyerahan \
                 lainnya) baru berlaku sejak 22 Mei 2025 berdasarkan PER-11/PJ/2025; sebelum \
                 tanggal itu kode yang ada hanya 01–09. Catatan menunjukkan kode dan tanggal mulai \
                 berlakunya.",
            en: "The kode transaksi in `trx_code` did not exist yet on the invoice date. Kode 10 \
                 (other deliveries) applies only from 22 May 2025 under PER-11/PJ/2025; before \
                 that date only 01–09 exist. The note shows the code and the date it starts.",
        },
        remedy: Text {
            id: "Pilih kode yang berlaku pada `date` sesuai jenis penyerahannya (untuk faktur \
                 sebelum 22 Mei 2025: 01–09), atau perbaiki `date` bila tanggalnya salah ketik. \
                 Periksa lagi dengan `faktur calc FILE`.",
            en: "Choose a code that is valid on `date` for the kind of delivery (for invoices \
                 before 22 May 2025: 01–09), or correct `date` if it is a typo. Recheck with \
                 `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2017",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nama barang/jasa kosong",
            en: "Line name is empty",
        },
        cause: Text {
            id: "`lines[].name` kosong atau hanya berisi spasi. Nama barang atau jasa yang \
                 diserahkan wajib dicantumkan pada faktur pajak.",
            en: "`lines[].name` is empty or only spaces. The name of the goods or services \
                 delivered must appear on the tax invoice.",
        },
        remedy: Text {
            id: "Isi `lines[].name` dengan nama barang atau jasa yang diserahkan, paling banyak \
                 255 karakter, misalnya \"Jasa konsultasi Januari 2025\".",
            en: "Set `lines[].name` to the name of the goods or services delivered, at most 255 \
                 characters, for example \"Consulting services January 2025\".",
        },
    },
    Entry {
        code: "FKT-2018",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Satuan tidak dikenal",
            en: "Unknown unit of measure",
        },
        cause: Text {
            id:
                "`lines[].unit` bukan salah satu kode satuan Coretax UM.0001–UM.0039. Kode ditulis \
                 persis, dengan huruf besar dan empat digit; nama satuan seperti \"pcs\" atau \
                 \"kg\" tidak diterima. Catatan menunjukkan nilai yang diberikan.",
            en: "`lines[].unit` is not one of the Coretax unit codes UM.0001–UM.0039. The code \
                 is written exactly, in capitals with four digits; unit names such as \"pcs\" or \
                 \"kg\" are not accepted. The note shows the value given.",
        },
        remedy: Text {
            id: "Isi `lines[].unit` dengan kode satuan, misalnya \"UM.0018\" (Unit), \"UM.0021\" \
                 (Piece), \"UM.0003\" (Kilogram), \"UM.0007\" (Liter), \"UM.0026\" (Hari), atau \
                 \"UM.0033\" (Lainnya) bila tidak ada yang cocok.",
            en: "Set `lines[].unit` to a unit code, for example \"UM.0018\" (Unit), \"UM.0021\" \
                 (Piece), \"UM.0003\" (Kilogram), \"UM.0007\" (Liter), \"UM.0026\" (Day), or \
                 \"UM.0033\" (Other) when none fits.",
        },
    },
    Entry {
        code: "FKT-2019",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode barang/jasa tidak valid",
            en: "Invalid goods/services code",
        },
        cause: Text {
            id: "`lines[].code` harus enam digit. Untuk barang (`opt` \"A\") dua digit pertamanya \
                 kelompok 01–97, untuk jasa (`opt` \"B\") kelompok 01–31; \"000000\" adalah kode \
                 umum untuk keduanya. Kode ini salah bentuk atau kelompoknya tidak cocok dengan \
                 `opt`; catatan menyebutkan yang mana.",
            en: "`lines[].code` must be six digits. For goods (`opt` \"A\") the first two digits \
                 are a group 01–97, for services (`opt` \"B\") a group 01–31; \"000000\" is the \
                 generic code for both. This code is malformed or its group does not match \
                 `opt`; the note says which.",
        },
        remedy: Text {
            id:
                "Ambil kode dari referensi kode barang/jasa DJP dan pastikan `lines[].opt` sesuai: \
                 \"A\" untuk barang, \"B\" untuk jasa. Bila kodenya belum diketahui, pakai \
                 \"000000\". Tulis kode sebagai string agar nol di depan tidak hilang.",
            en: "Take the code from DJP's goods/services reference and make sure `lines[].opt` \
                 matches: \"A\" for goods, \"B\" for services. If you do not know the code, use \
                 \"000000\". Write the code as a string so that leading zeros are kept.",
        },
    },
    Entry {
        code: "FKT-2020",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Teks lebih dari 255 karakter",
            en: "Text longer than 255 characters",
        },
        cause: Text {
            id: "Sebuah teks (nama atau alamat pihak, nomor dokumen identitas, nama barang/jasa, \
                 `reference` atau `custom_doc`) lebih dari 255 karakter. e-Faktur desktop gagal \
                 menyimpan teks sepanjang itu (ETAX-10003, kolom VARCHAR terpotong), jadi \
                 OpenFaktur menolaknya sejak awal. Catatan menunjukkan panjangnya.",
            en: "A text (a party's name or address, an identity document number, a line name, \
                 `reference` or `custom_doc`) is longer than 255 characters. The e-Faktur \
                 desktop fails to store such a text (ETAX-10003, VARCHAR truncation), so \
                 OpenFaktur refuses it up front. The note shows the length.",
        },
        remedy: Text {
            id: "Persingkat teks pada field yang disebutkan sampai paling banyak 255 karakter, \
                 misalnya dengan menyingkat alamat, atau pindahkan rincian barang ke dokumen \
                 penjualan dan sebut nomornya di `reference`. Periksa lagi dengan \
                 `faktur calc FILE`.",
            en: "Shorten the text in the field named to at most 255 characters, for example by \
                 abbreviating the address, or move item details to the sales document and cite \
                 its number in `reference`. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2021",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Teks mengandung karakter tak terlihat",
            en: "Text contains invisible characters",
        },
        cause: Text {
            id: "Teks pada field itu memuat karakter kontrol atau karakter yang tidak tampak di \
                 layar: spasi lebar nol (U+200B), tanda arah teks (misalnya U+200E), byte order \
                 mark (U+FEFF), karakter pengganti (U+FFFD) atau soft hyphen. Karakter seperti \
                 ini biasanya ikut tersalin dari PDF, halaman web atau spreadsheet, dan membuat \
                 unggahan ke DJP gagal sebagai \"Upload Faktur Corrupt\" (ETAXSERVICE-20021, \
                 ETAX-API-10001). Catatan menyebutkan karakter dan posisinya.",
            en: "The text in that field holds a control character or one that does not show on \
                 screen: a zero-width space (U+200B), a direction mark (for example U+200E), a \
                 byte-order mark (U+FEFF), the replacement character (U+FFFD) or a soft hyphen. \
                 Such characters usually come along when copying from a PDF, a web page or a \
                 spreadsheet, and make a DJP upload fail as \"Upload Faktur Corrupt\" \
                 (ETAXSERVICE-20021, ETAX-API-10001). The note names the character and its \
                 position.",
        },
        remedy: Text {
            id: "Hapus teks di sekitar posisi yang disebutkan pada catatan dan ketik ulang secara \
                 manual, jangan ditempel lagi. Baris baru dan tab boleh dipakai. Periksa lagi \
                 dengan `faktur calc FILE`.",
            en: "Delete the text around the position given in the note and type it again by \
                 hand instead of pasting it. Line breaks and tabs are fine. Recheck with \
                 `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2022",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tanggal faktur di luar tabel tarif",
            en: "Invoice date before any known rate",
        },
        cause: Text {
            id: "`date` sebelum 1 April 2013, awal rezim pertama dalam tabel tarif OpenFaktur \
                 (penomoran faktur 16 digit menurut PER-24/PJ/2012). OpenFaktur tidak memiliki \
                 tarif dan aturan pembulatan untuk tanggal itu, sehingga faktur tidak dapat \
                 dihitung. Biasanya tahunnya salah ketik; catatan menunjukkan tanggalnya.",
            en: "`date` is before 1 April 2013, the start of the first regime in OpenFaktur's \
                 rate table (16-digit invoice numbering under PER-24/PJ/2012). OpenFaktur has no \
                 rates or rounding rules for that date, so the invoice cannot be computed. \
                 Usually the year is a typo; the note shows the date.",
        },
        remedy: Text {
            id: "Perbaiki `date` dalam bentuk YYYY-MM-DD, misalnya \"2025-01-15\". Faktur \
                 bertanggal sebelum 1 April 2013 tidak dapat dibuat dengan OpenFaktur.",
            en: "Correct `date` in the form YYYY-MM-DD, for example \"2025-01-15\". Invoices \
                 dated before 1 April 2013 cannot be made with OpenFaktur.",
        },
    },
    Entry {
        code: "FKT-2023",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nilai terlalu besar",
            en: "Amount too large",
        },
        cause: Text {
            id: "Sebuah jumlah pada faktur terlalu besar untuk dihitung secara pasti (lebih dari \
                 sekitar 10^28 rupiah), karena harga atau kuantitasnya tidak masuk akal. Nilai \
                 sebesar itu tidak mungkin benar dan hampir pasti salah ketik.",
            en: "An amount on the invoice is too large to compute exactly (more than about 10^28 \
                 rupiah) because a price or quantity is absurd. Such a value cannot be right and \
                 is almost certainly a typo.",
        },
        remedy: Text {
            id: "Periksa `lines[].price`, `lines[].qty` dan `lines[].discount`: hapus digit yang \
                 berlebih, pakai titik sebagai pemisah desimal tanpa pemisah ribuan (misalnya \
                 \"1500000.50\"), dan pastikan harga dan kuantitas tidak tertukar. Periksa lagi \
                 dengan `faktur calc FILE`.",
            en: "Check `lines[].price`, `lines[].qty` and `lines[].discount`: remove extra \
                 digits, use a dot as the decimal separator and no thousands separator (for \
                 example \"1500000.50\"), and make sure price and quantity are not swapped. \
                 Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2024",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nilai tidak ada dalam daftar",
            en: "Value not in its list",
        },
        cause: Text {
            id: "Field itu hanya menerima nilai tertentu, ditulis persis: `kind` \"output\" atau \
                 \"input\"; `id_type` \"TIN\", \"NIK\", \"PASSPORT\" atau \"OTHER\"; `lines[].opt` \
                 \"A\" (barang) atau \"B\" (jasa). Penjual selalu PKP dan diidentifikasi dengan \
                 NPWP, jadi `seller.id_type` hanya boleh \"TIN\". Catatan menunjukkan nilai yang \
                 diberikan.",
            en: "The field accepts only certain values, written exactly: `kind` \"output\" or \
                 \"input\"; `id_type` \"TIN\", \"NIK\", \"PASSPORT\" or \"OTHER\"; `lines[].opt` \
                 \"A\" (goods) or \"B\" (services). A seller is always a PKP identified by its \
                 NPWP, so `seller.id_type` may only be \"TIN\". The note shows the value given.",
        },
        remedy: Text {
            id: "Ganti nilainya dengan salah satu nilai di atas, dengan huruf besar/kecil persis \
                 seperti tertulis. Untuk penjual, hapus `seller.id_type` atau isi \"TIN\" dan \
                 cantumkan NPWP-nya di `seller.tin`. Periksa lagi dengan `faktur calc FILE`.",
            en: "Replace the value with one of those above, in exactly the case shown. For the \
                 seller, remove `seller.id_type` or set it to \"TIN\" and put its NPWP in \
                 `seller.tin`. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2101",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Pembeli tidak diisi",
            en: "Buyer missing",
        },
        cause: Text {
            id: "Draf tidak memuat `buyer`. Pada faktur keluaran (`kind` \"output\") pembeli \
                 harus selalu diisi; pada faktur masukan (\"input\") pembelinya adalah perusahaan \
                 aktif, yang tidak ada bila belum ada perusahaan yang dibuat atau dipilih.",
            en: "The draft has no `buyer`. On an output invoice (`kind` \"output\") the buyer \
                 must always be given; on an input invoice (\"input\") the buyer is the current \
                 company, and there is none when no company has been created or chosen.",
        },
        remedy: Text {
            id: "Isi `buyer` dengan `name`, `address`, `country` dan identitasnya: `tin` (NPWP16 \
                 atau NIK) dengan `id_type` \"TIN\", atau `id_type` \"NIK\", \"PASSPORT\" atau \
                 \"OTHER\" dengan `id_number`. Untuk faktur masukan, pilih perusahaan dengan \
                 `--company NPWP` atau buat dengan `faktur company init`.",
            en: "Fill `buyer` with `name`, `address`, `country` and its identity: `tin` (NPWP16 \
                 or NIK) with `id_type` \"TIN\", or `id_type` \"NIK\", \"PASSPORT\" or \"OTHER\" \
                 with `id_number`. For an input invoice, choose the company with \
                 `--company NPWP` or create one with `faktur company init`.",
        },
    },
    Entry {
        code: "FKT-2102",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Penjual tidak diisi",
            en: "Seller missing",
        },
        cause: Text {
            id: "Draf tidak memuat `seller`. Pada faktur keluaran penjualnya otomatis perusahaan \
                 aktif, tetapi belum ada perusahaan yang dibuat atau dipilih; pada faktur masukan \
                 penjualnya adalah pemasok dan harus dicantumkan di draf.",
            en: "The draft has no `seller`. On an output invoice the seller defaults to the \
                 current company, but no company has been created or chosen; on an input \
                 invoice the seller is the supplier and must be given in the draft.",
        },
        remedy: Text {
            id: "Untuk faktur masukan, isi `seller` dengan `tin`, `name` dan `address` pemasok \
                 sesuai faktur yang diterima. Untuk faktur keluaran, buat perusahaan dengan \
                 `faktur company init --npwp N --name NAME`, pilih dengan `--company NPWP`, atau \
                 isi `seller` di draf.",
            en: "For an input invoice, fill `seller` with the supplier's `tin`, `name` and \
                 `address` as on the invoice received. For an output invoice, create the company \
                 with `faktur company init --npwp N --name NAME`, choose it with \
                 `--company NPWP`, or give `seller` in the draft.",
        },
    },
    Entry {
        code: "FKT-2103",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "NPWP 15 digit setelah 30 Juni 2024",
            en: "15-digit NPWP after 30 June 2024",
        },
        cause: Text {
            id: "NPWP ditulis 15 digit pada faktur bertanggal setelah 30 Juni 2024. Sejak 1 Juli \
                 2024 (PMK 136/2023) NPWP 15 digit tidak dipakai lagi; yang berlaku NPWP 16 digit \
                 atau NIK. OpenFaktur memakai bentuk 16 digitnya, yaitu 0 diikuti 15 digit itu, \
                 yang ditunjukkan pada catatan.",
            en: "An NPWP is written with 15 digits on an invoice dated after 30 June 2024. Since \
                 1 July 2024 (PMK 136/2023) the 15-digit NPWP is no longer used; the 16-digit \
                 NPWP or the NIK is. OpenFaktur uses the 16-digit form, 0 followed by the 15 \
                 digits, shown in the note.",
        },
        remedy: Text {
            id: "Tulis NPWP 16 digit di `seller.tin` atau `buyer.tin` seperti pada catatan. Bila \
                 lawan transaksi adalah orang pribadi penduduk, NPWP-nya adalah NIK: mintalah \
                 NIK-nya dan pakai nomor itu.",
            en: "Write the 16-digit NPWP in `seller.tin` or `buyer.tin` as shown in the note. If \
                 the counterparty is a resident individual, their NPWP is their NIK: ask for it \
                 and use that number.",
        },
    },
    Entry {
        code: "FKT-2104",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nomor tidak sesuai struktur NIK",
            en: "Number does not look like a NIK",
        },
        cause: Text {
            id: "Nomor 16 digit yang tidak diawali 0 adalah NIK, baik sebagai NPWP orang pribadi \
                 di `tin` maupun di `id_number` dengan `id_type` \"NIK\". Strukturnya tidak \
                 seperti NIK: kode provinsi, kabupaten/kota dan kecamatan, tanggal dan bulan \
                 lahir (tanggal ditambah 40 untuk perempuan) atau nomor urut tidak masuk akal, \
                 atau jumlah digitnya bukan 16. Di `tin` ini hanya peringatan karena nomornya \
                 mungkin tetap terdaftar; di `id_number` ini kesalahan. Catatan menyebutkan \
                 bagian yang salah.",
            en: "A 16-digit number that does not start with 0 is a NIK, whether used as an \
                 individual's NPWP in `tin` or given in `id_number` with `id_type` \"NIK\". Its \
                 structure does not look like a NIK: the province, regency or district code, the \
                 birth day and month (women have 40 added to the day) or the serial make no \
                 sense, or it does not have 16 digits. In `tin` this is only a warning, since \
                 the number may still be registered; in `id_number` it is an error. The note \
                 names the part that is wrong.",
        },
        remedy: Text {
            id: "Cocokkan nomornya dengan KTP atau kartu NPWP dan konfirmasikan kepada pembeli. \
                 NPWP 16 digit badan selalu diawali 0 (0 + NPWP 15 digit); bila yang dimaksud \
                 NPWP badan, tambahkan 0 di depan. Perbaiki `buyer.tin` atau `buyer.id_number`, \
                 lalu periksa lagi dengan `faktur calc FILE`.",
            en: "Compare the number with the identity card (KTP) or NPWP card and confirm it \
                 with the buyer. An entity's 16-digit NPWP always starts with 0 (0 + the 15-digit \
                 NPWP); if an entity NPWP is meant, add the leading 0. Correct `buyer.tin` or \
                 `buyer.id_number`, then recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2105",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nomor dokumen identitas pembeli kosong",
            en: "Buyer's document number missing",
        },
        cause: Text {
            id: "Pembeli diidentifikasi dengan `id_type` \"NIK\", \"PASSPORT\" atau \"OTHER\", \
                 tetapi `buyer.id_number` kosong. Tanpa NPWP, nomor dokumen itulah satu-satunya \
                 identitas pembeli pada faktur (`BuyerDocumentNumber` di XML Coretax).",
            en: "The buyer is identified by `id_type` \"NIK\", \"PASSPORT\" or \"OTHER\", but \
                 `buyer.id_number` is empty. Without an NPWP, that document number is the \
                 buyer's only identity on the invoice (`BuyerDocumentNumber` in Coretax XML).",
        },
        remedy: Text {
            id: "Isi `buyer.id_number` dengan NIK 16 digit, nomor paspor, atau nomor dokumen lain \
                 sesuai `buyer.id_type`. Bila pembeli punya NPWP atau NIK-nya sudah aktif sebagai \
                 NPWP, isi `buyer.id_type` dengan \"TIN\" dan cantumkan nomornya di `buyer.tin`.",
            en: "Set `buyer.id_number` to the 16-digit NIK, the passport number, or the other \
                 document's number, according to `buyer.id_type`. If the buyer has an NPWP, or a \
                 NIK activated as NPWP, set `buyer.id_type` to \"TIN\" and put the number in \
                 `buyer.tin`.",
        },
    },
    Entry {
        code: "FKT-2106",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "NPWP harus nol untuk pembeli tanpa NPWP",
            en: "TIN must be zero for a buyer without NPWP",
        },
        cause: Text {
            id: "Pembeli diidentifikasi dengan NIK, paspor atau dokumen lain (`id_type` bukan \
                 \"TIN\"), tetapi `buyer.tin` berisi nomor selain nol. Untuk pembeli seperti itu \
                 Coretax menulis NPWP 16 digit nol dan identitasnya diambil dari nomor dokumen, \
                 jadi NPWP yang terisi bertentangan dengan `id_type`. Catatan menunjukkan \
                 `id_type`-nya.",
            en: "The buyer is identified by a NIK, passport or other document (`id_type` is not \
                 \"TIN\"), but `buyer.tin` holds a number other than zeros. For such a buyer \
                 Coretax writes a TIN of 16 zeros and takes the identity from the document \
                 number, so a filled-in NPWP contradicts `id_type`. The note shows the \
                 `id_type`.",
        },
        remedy: Text {
            id:
                "Bila nomor di `buyer.tin` memang NPWP pembeli, isi `buyer.id_type` dengan \"TIN\" \
                 dan hapus `buyer.id_number`. Bila tidak, isi `buyer.tin` dengan null atau 16 \
                 digit nol, dan cantumkan nomor dokumennya di `buyer.id_number`.",
            en: "If the number in `buyer.tin` really is the buyer's NPWP, set `buyer.id_type` to \
                 \"TIN\" and remove `buyer.id_number`. Otherwise set `buyer.tin` to null or 16 \
                 zeros and put the document number in `buyer.id_number`.",
        },
    },
    Entry {
        code: "FKT-2107",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "NPWP 000 tidak boleh dipakai di sini",
            en: "NPWP 000 not allowed here",
        },
        cause: Text {
            id: "NPWP nol (NPWP 000) dipakai padahal aturan pada tanggal faktur tidak \
                 mengizinkannya. Penjual tidak pernah boleh ber-NPWP nol. Bagi pembeli, NPWP 000 \
                 dengan `id_type` \"TIN\" hanya berlaku di era e-Faktur sebelum 20 Juli 2024 (15 \
                 digit nol, dengan NIK atau paspor di referensi). Sejak e-Faktur 4.0 (20 Juli \
                 2024) pembeli dalam negeri harus diidentifikasi dengan NIK atau NPWP16 dan \
                 dokumen \"OTHER\" ditolak; di era Coretax pembeli tanpa NPWP memakai `id_type` \
                 \"NIK\", \"PASSPORT\" atau \"OTHER\" dengan 16 digit nol.",
            en: "An all-zero NPWP (NPWP 000) is used where the rules on the invoice date do not \
                 allow it. A seller may never have a zero NPWP. For buyers, NPWP 000 with \
                 `id_type` \"TIN\" was allowed only in the e-Faktur era before 20 July 2024 (15 \
                 zeros, with the NIK or passport in the reference). From e-Faktur 4.0 (20 July \
                 2024) domestic buyers must be identified by NIK or NPWP16 and \"OTHER\" \
                 documents are refused; in the Coretax era a buyer without an NPWP uses \
                 `id_type` \"NIK\", \"PASSPORT\" or \"OTHER\" with 16 zeros.",
        },
        remedy: Text {
            id: "Penjual: isi `seller.tin` dengan NPWP16 perusahaan. Pembeli sebelum 20 Juli \
                 2024: `buyer.tin` 15 digit nol dan NIK atau paspornya di `reference`. Pembeli 20 \
                 Juli–31 Desember 2024: NPWP16 di `buyer.tin`, atau `buyer.id_type` \"NIK\" \
                 dengan NIK di `buyer.id_number`; orang asing memakai \"PASSPORT\". Sejak 2025: \
                 `buyer.id_type` \"NIK\", \"PASSPORT\" atau \"OTHER\", nomor dokumen di \
                 `buyer.id_number`, dan `buyer.tin` null atau 16 digit nol.",
            en: "Seller: set `seller.tin` to the company's NPWP16. Buyer before 20 July 2024: \
                 `buyer.tin` of 15 zeros with the NIK or passport in `reference`. Buyer from 20 \
                 July to 31 December 2024: the NPWP16 in `buyer.tin`, or `buyer.id_type` \"NIK\" \
                 with the NIK in `buyer.id_number`; foreigners use \"PASSPORT\". From 2025: \
                 `buyer.id_type` \"NIK\", \"PASSPORT\" or \"OTHER\", the document number in \
                 `buyer.id_number`, and `buyer.tin` null or 16 zeros.",
        },
    },
    Entry {
        code: "FKT-2108",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "NITKU tidak valid",
            en: "Invalid NITKU",
        },
        cause: Text {
            id: "`idtku` (NITKU, Nomor Identitas Tempat Kegiatan Usaha) harus 22 digit: NPWP 16 \
                 digit yang valid diikuti 6 digit nomor tempat usaha (000000 untuk pusat). Nomor \
                 ini bukan 22 digit, memuat karakter lain, atau 16 digit pertamanya bukan NPWP16 \
                 yang valid; catatan menyebutkan sebabnya.",
            en: "`idtku` (NITKU, the place-of-business identity number) must be 22 digits: a \
                 valid 16-digit NPWP followed by a 6-digit place-of-business number (000000 for \
                 the head office). This one is not 22 digits, holds other characters, or its \
                 first 16 digits are not a valid NPWP16; the note says which.",
        },
        remedy: Text {
            id: "Tulis `seller.idtku` atau `buyer.idtku` sebagai NPWP16 pihak itu ditambah 6 \
                 digit tempat usaha, tanpa titik atau spasi, misalnya \"0013121660091000000000\" \
                 untuk kantor pusat. NITKU cabang diminta dari lawan transaksi; bila belum \
                 diketahui, isi null.",
            en: "Write `seller.idtku` or `buyer.idtku` as that party's NPWP16 followed by the \
                 6-digit place of business, without dots or spaces, for example \
                 \"0013121660091000000000\" for the head office. Ask the counterparty for a \
                 branch's NITKU; if it is not known, set the field to null.",
        },
    },
    Entry {
        code: "FKT-2109",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "NITKU tidak sesuai dengan NPWP",
            en: "NITKU does not match the NPWP",
        },
        cause: Text {
            id: "16 digit pertama `idtku` berbeda dengan NPWP16 pihak yang sama di `tin`. NITKU \
                 selalu diawali NPWP pemilik tempat usaha, jadi salah satunya kemungkinan milik \
                 pihak lain atau salah ketik. Catatan menunjukkan keduanya.",
            en: "The first 16 digits of `idtku` differ from the same party's NPWP16 in `tin`. A \
                 NITKU always starts with the NPWP of the owner of the place of business, so one \
                 of the two probably belongs to someone else or has a typo. The note shows both.",
        },
        remedy: Text {
            id: "Samakan keduanya: `idtku` = NPWP16 di `tin` + 6 digit tempat usaha. Periksa mana \
                 yang benar pada data lawan transaksi dan konfirmasikan bila perlu, lalu periksa \
                 lagi dengan `faktur calc FILE`.",
            en: "Make them agree: `idtku` = the NPWP16 in `tin` + the 6-digit place of \
                 business. Check which one is right in the counterparty's records and confirm \
                 if needed, then recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2110",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode negara tidak valid",
            en: "Invalid country code",
        },
        cause: Text {
            id: "`country` harus kode negara ISO 3166-1 alpha-3: tiga huruf kapital, misalnya \
                 IDN untuk Indonesia. Nama negara, kode dua huruf (ID) atau huruf kecil tidak \
                 diterima. Catatan menunjukkan nilai yang diberikan.",
            en: "`country` must be an ISO 3166-1 alpha-3 country code: three capital letters, \
                 for example IDN for Indonesia. A country name, a two-letter code (ID) or lower \
                 case is not accepted. The note shows the value given.",
        },
        remedy: Text {
            id: "Isi `seller.country` atau `buyer.country` dengan kode tiga huruf kapital: \
                 \"IDN\" untuk lawan transaksi dalam negeri, atau kode negara paspor untuk orang \
                 asing (misalnya \"SGP\", \"JPN\").",
            en: "Set `seller.country` or `buyer.country` to the three-letter code in capitals: \
                 \"IDN\" for a domestic counterparty, or the passport's country for a foreigner \
                 (for example \"SGP\", \"JPN\").",
        },
    },
    Entry {
        code: "FKT-2111",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Alamat e-mail tidak valid",
            en: "Malformed e-mail address",
        },
        cause: Text {
            id: "`email` tidak tampak seperti alamat e-mail: harus ada nama, tanda @, dan nama \
                 domain yang memuat titik, tanpa spasi. Faktur tetap diterima, tetapi tidak \
                 dapat dikirim ke alamat itu. Catatan menunjukkan nilainya.",
            en: "`email` does not look like an e-mail address: it needs a name, an @ sign and a \
                 domain containing a dot, with no spaces. The invoice is still accepted, but \
                 cannot be sent to that address. The note shows the value.",
        },
        remedy: Text {
            id: "Perbaiki `buyer.email` atau `seller.email`, misalnya \"pajak@pembeli.co.id\", \
                 atau isi null bila tidak ada.",
            en: "Correct `buyer.email` or `seller.email`, for example \"tax@buyer.co.id\", or set \
                 it to null when there is none.",
        },
    },
    Entry {
        code: "FKT-2112",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Penjual dan pembeli ber-NPWP sama",
            en: "Seller and buyer have the same NPWP",
        },
        cause: Text {
            id: "`seller.tin` dan `buyer.tin` menunjuk NPWP yang sama (dibandingkan dalam bentuk \
                 16 digit). Pengusaha tidak menerbitkan faktur pajak untuk dirinya sendiri; \
                 biasanya pihak yang salah terisi, misalnya NPWP perusahaan sendiri tercantum \
                 sebagai pembeli pada faktur keluaran.",
            en: "`seller.tin` and `buyer.tin` are the same NPWP (compared in 16-digit form). A \
                 business does not issue a tax invoice to itself; usually the wrong party was \
                 filled in, for example the company's own NPWP given as the buyer on an output \
                 invoice.",
        },
        remedy: Text {
            id: "Periksa `buyer.tin` dan `seller.tin` dan isi dengan NPWP lawan transaksi yang \
                 benar. Pada faktur keluaran penjualnya perusahaan Anda; pada faktur masukan \
                 pembelinya perusahaan Anda dan penjualnya pemasok.",
            en: "Check `buyer.tin` and `seller.tin` and enter the right counterparty's NPWP. On \
                 an output invoice your company is the seller; on an input invoice your company \
                 is the buyer and the supplier is the seller.",
        },
    },
    Entry {
        code: "FKT-2113",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nama pihak kosong",
            en: "Party name is empty",
        },
        cause: Text {
            id: "`seller.name` atau `buyer.name` kosong atau hanya berisi spasi. Nama penjual dan \
                 pembeli wajib ada pada faktur pajak, dan sejak e-Faktur 4.0 nama pembeli \
                 dicocokkan dengan nama yang terdaftar.",
            en: "`seller.name` or `buyer.name` is empty or only spaces. The seller's and buyer's \
                 names must be on the tax invoice, and since e-Faktur 4.0 the buyer's name is \
                 matched against the registered name.",
        },
        remedy: Text {
            id: "Isi nama sesuai yang terdaftar pada NPWP atau dokumen identitasnya (KTP, \
                 paspor), paling banyak 255 karakter. Periksa lagi dengan `faktur calc FILE`.",
            en: "Enter the name as registered for the NPWP or on the identity document (KTP, \
                 passport), at most 255 characters. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2201",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode pada nomor faktur berbeda dengan kode transaksi",
            en: "Kode in the invoice number differs from trx_code",
        },
        cause: Text {
            id: "Dua digit pertama `number` adalah kode transaksi, dan kode itu berbeda dengan \
                 `trx_code` di draf. Nomor dan kode faktur harus menunjuk kode yang sama. Catatan \
                 menunjukkan kode pada nomor dan kode di draf.",
            en: "The first two digits of `number` are the kode transaksi, and they differ from \
                 `trx_code` in the draft. The number and the invoice's code must name the same \
                 code. The note shows the code in the number and the one in the draft.",
        },
        remedy: Text {
            id: "Bila nomornya benar (misalnya faktur masukan yang disalin dari dokumen \
                 pemasok), samakan `trx_code` dengan dua digit pertamanya. Bila kodenya benar, \
                 perbaiki `number`. Periksa lagi dengan `faktur calc FILE`.",
            en: "If the number is right (for example an input invoice copied from the \
                 supplier's document), set `trx_code` to its first two digits. If the code is \
                 right, correct `number`. Recheck with `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-2202",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nomor 17 digit sebelum era Coretax",
            en: "17-digit number before the Coretax era",
        },
        cause: Text {
            id: "`number` berbentuk nomor Coretax 17 digit (kode, status 2 digit, tahun, nomor \
                 urut), tetapi tanggal fakturnya sebelum 1 Januari 2025. Faktur era e-Faktur \
                 bernomor 16 digit: kode transaksi, 1 digit status, dan 13 digit NSFP dari \
                 e-Nofa.",
            en: "`number` has the 17-digit Coretax form (code, 2-digit status, year, sequence), \
                 but the invoice is dated before 1 January 2025. e-Faktur-era invoices have 16 \
                 digits: the kode transaksi, a 1-digit status and the 13-digit NSFP from e-Nofa.",
        },
        remedy: Text {
            id: "Bandingkan `date` dan `number` dengan dokumen aslinya. Untuk faktur sebelum 2025 \
                 tulis nomor 16 digit, misalnya \"0100002400000001\"; bila fakturnya dari era \
                 Coretax, perbaiki `date`. Bila nomornya belum diketahui, kosongkan `number`.",
            en: "Compare `date` and `number` with the original document. For an invoice before \
                 2025 write the 16-digit number, for example \"0100002400000001\"; if the invoice \
                 is from the Coretax era, correct `date`. If the number is not known yet, leave \
                 `number` empty.",
        },
    },
    Entry {
        code: "FKT-2203",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Status pengganti dan `replaces` tidak cocok",
            en: "Replacement status and `replaces` disagree",
        },
        cause: Text {
            id:
                "Digit status pada `number` dan field `replaces` saling bertentangan. Nomor faktur \
                 pengganti berstatus 1 (nomor 16 digit) atau 01, 02 dan seterusnya (nomor 17 \
                 digit), dan faktur pengganti harus menyebut faktur yang diganti di `replaces`; \
                 nomor berstatus normal (0 atau 00) tidak boleh disertai `replaces`.",
            en: "The status digits in `number` and the `replaces` field contradict each other. \
                 A replacement's number has status 1 (16-digit numbers) or 01, 02 and so on \
                 (17-digit numbers), and a replacement must name the invoice it replaces in \
                 `replaces`; a number with normal status (0 or 00) must not come with \
                 `replaces`.",
        },
        remedy: Text {
            id: "Untuk faktur pengganti, isi `replaces` dengan nomor atau ID faktur yang diganti; \
                 `faktur invoice replace ID FILE` melakukannya sendiri. Untuk faktur biasa, hapus \
                 `replaces` atau betulkan digit status pada `number` menjadi 0 (atau 00).",
            en: "For a replacement, set `replaces` to the number or ID of the invoice it \
                 replaces; `faktur invoice replace ID FILE` does this for you. For a normal \
                 invoice, remove `replaces` or correct the status digits in `number` to 0 (or \
                 00).",
        },
    },
    Entry {
        code: "FKT-2301",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Range NSFP tidak valid",
            en: "Invalid NSFP range",
        },
        cause: Text {
            id: "Range nomor seri faktur pajak yang direkam melanggar aturan e-Nofa: nomor awal \
                 dan akhir harus memiliki prefiks dan tahun yang sama (lima digit pertama NSFP), \
                 nomor awal tidak boleh lebih besar dari nomor akhir, dan selisih keduanya paling \
                 banyak 10.000. Pesan menyebutkan aturan yang dilanggar.",
            en: "The recorded NSFP range breaks the e-Nofa rules: the first and last numbers \
                 must share prefix and year (the first five digits of the NSFP), the first must \
                 not be greater than the last, and they may be at most 10,000 apart. The message \
                 names the rule broken.",
        },
        remedy: Text {
            id: "Rekam range persis seperti jatah dari e-Nofa: NSFP 13 digit tanpa kode transaksi \
                 dan status, nomor awal lalu nomor akhir, dengan prefiks dan tahun yang sama. \
                 Jatah untuk tahun lain direkam sebagai range tersendiri, dan jatah yang lebih \
                 besar dari batas dibagi menjadi beberapa range berurutan.",
            en: "Record the range exactly as allocated in e-Nofa: 13-digit NSFPs without kode \
                 transaksi and status, first number then last, with the same prefix and year. \
                 An allocation for another year is a range of its own, and an allocation larger \
                 than the limit is recorded as several consecutive ranges.",
        },
    },
    Entry {
        code: "FKT-2303",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "NSFP yang dikembalikan belum pernah dipakai",
            en: "NSFP given back was never taken",
        },
        cause: Text {
            id: "NSFP yang dikembalikan ke persediaan masih tercatat kosong: nomor itu belum \
                 pernah diambil untuk faktur, atau sudah dikembalikan sebelumnya. Mengembalikan \
                 nomor yang tidak terpakai tidak mengubah apa pun.",
            en: "The NSFP being given back is still recorded as free: it was never taken for an \
                 invoice, or it was already given back. Giving back an unused number changes \
                 nothing.",
        },
        remedy: Text {
            id: "Periksa nomornya; mungkin salah ketik atau tertukar dengan nomor lain. Bila \
                 nomor itu memang tidak terpakai, tidak ada yang perlu dilakukan: nomor itu tetap \
                 tersedia dan, bila sampai akhir tahun tidak dipakai, dilaporkan bersama SPT Masa \
                 PPN Desember.",
            en: "Check the number; it may be a typo or mixed up with another one. If it really \
                 is unused, nothing needs doing: it stays available and, if still unused at the \
                 end of the year, is reported with the December SPT Masa PPN.",
        },
    },
    Entry {
        code: "FKT-3001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "JSON tidak valid",
            en: "Malformed JSON",
        },
        cause: Text {
            id: "Masukan bukan JSON yang sah, sehingga draf tidak dapat dibaca sama sekali. \
                 Penyebab yang sering: koma di akhir daftar atau objek, tanda kutip tunggal atau \
                 kutip miring dari pengolah kata, kunci tanpa tanda kutip, komentar, atau kurung \
                 yang tidak ditutup. Pesan menunjukkan baris dan kolom tempat pembacaan berhenti.",
            en: "The input is not well-formed JSON, so the draft cannot be read at all. Common \
                 causes: a trailing comma after the last item of a list or object, single or \
                 curly quotes from a word processor, unquoted keys, comments, or an unclosed \
                 bracket. The message shows the line and column where reading stopped.",
        },
        remedy: Text {
            id: "Buka berkas pada baris dan kolom yang disebutkan (kesalahannya sering tepat \
                 sebelum posisi itu), perbaiki, lalu periksa lagi dengan `faktur calc FILE`. \
                 Simpan berkas sebagai teks UTF-8 biasa dengan tanda kutip ganda lurus (\").",
            en: "Open the file at the line and column given (the mistake is often just before \
                 that point), fix it, then recheck with `faktur calc FILE`. Save the file as \
                 plain UTF-8 text with straight double quotes (\").",
        },
    },
    Entry {
        code: "FKT-3002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Field tidak dikenal",
            en: "Unknown field",
        },
        cause: Text {
            id: "Draf memuat field yang tidak dikenal, biasanya karena salah ketik (misalnya \
                 `vatrate` untuk `vat_rate`) atau nama dari format lain (misalnya `npwp` untuk \
                 `tin`). Field yang tidak dikenal ditolak agar tidak ada isian yang diam-diam \
                 diabaikan.",
            en: "The draft has a field it does not know, usually a typo (for example `vatrate` \
                 for `vat_rate`) or a name from another format (for example `npwp` for `tin`). \
                 Unknown fields are refused so that nothing you wrote is silently ignored.",
        },
        remedy: Text {
            id: "Ganti nama field itu dengan nama yang benar atau hapus. Field draf: `kind`, \
                 `date`, `trx_code`, `reference`, `number`, `replaces`, `seller`, `buyer`, \
                 `add_info`, `facility_stamp`, `custom_doc`, `custom_doc_period`, \
                 `prices_include_vat`, `lines`; pihak: `tin`, `id_type`, `id_number`, \
                 `country`, `name`, `address`, `email`, `idtku`; baris: `opt`, `code`, `name`, \
                 `unit`, `price`, `qty`, `discount`, `luxury`, `vat_rate`, `stlg_rate`.",
            en: "Rename the field to the right name or remove it. Draft fields: `kind`, `date`, \
                 `trx_code`, `reference`, `number`, `replaces`, `seller`, `buyer`, `add_info`, \
                 `facility_stamp`, `custom_doc`, `custom_doc_period`, `prices_include_vat`, \
                 `lines`; party: `tin`, `id_type`, `id_number`, `country`, `name`, `address`, \
                 `email`, `idtku`; line: `opt`, `code`, `name`, `unit`, `price`, `qty`, \
                 `discount`, `luxury`, `vat_rate`, `stlg_rate`.",
        },
    },
    Entry {
        code: "FKT-3003",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tipe JSON salah",
            en: "Wrong JSON type",
        },
        cause: Text {
            id: "Sebuah field berisi tipe JSON yang salah. Jumlah uang, harga, kuantitas, diskon \
                 dan tarif harus berupa string berisi bilangan desimal (\"100000\", \"1.5\"), \
                 bukan angka JSON, agar tidak ada presisi yang hilang; `luxury` dan \
                 `prices_include_vat` berupa true/false, `seller` dan `buyer` berupa objek, dan \
                 `lines` berupa daftar.",
            en: "A field has the wrong JSON type. Amounts, prices, quantities, discounts and \
                 rates must be JSON strings holding decimals (\"100000\", \"1.5\"), never JSON \
                 numbers, so that no precision is lost; `luxury` and `prices_include_vat` are \
                 true/false, `seller` and `buyer` are objects, and `lines` is a list.",
        },
        remedy: Text {
            id: "Beri tanda kutip pada angka: `\"price\": \"100000\"`, bukan \
                 `\"price\": 100000`. Pakai titik sebagai pemisah desimal tanpa pemisah ribuan. \
                 Periksa lagi dengan `faktur calc FILE`.",
            en: "Put numbers in quotes: `\"price\": \"100000\"`, not `\"price\": 100000`. Use a \
                 dot as the decimal separator and no thousands separator. Recheck with \
                 `faktur calc FILE`.",
        },
    },
    Entry {
        code: "FKT-3004",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "XML dengan DTD atau entitas khusus ditolak",
            en: "XML with a DTD or custom entities refused",
        },
        cause: Text {
            id: "Berkas XML memuat deklarasi <!DOCTYPE> atau rujukan entitas selain lima entitas baku XML \
                 (&amp; &lt; &gt; &quot; &apos;) dan rujukan karakter. Entitas seperti itu dapat \
                 membengkakkan berkas hingga menghabiskan memori atau membaca berkas lain, jadi \
                 OpenFaktur tidak pernah mengembangkannya. Templat DJP tidak memakainya.",
            en: "The XML file contains a <!DOCTYPE> declaration or an entity reference other than the \
                 five standard XML entities (&amp; &lt; &gt; &quot; &apos;) and character references. \
                 Such entities can blow a file up until memory runs out or pull in other files, so \
                 OpenFaktur never expands them. DJP's template does not use them.",
        },
        remedy: Text {
            id: "Hapus baris <!DOCTYPE …> dan tulis teksnya secara langsung. Buat ulang berkas dengan \
                 konverter Excel ke XML dari DJP atau `faktur export --format coretax-xml`, lalu \
                 periksa dengan `faktur import FILE --dry-run`.",
            en: "Remove the <!DOCTYPE …> line and write the text directly. Produce the file again with \
                 DJP's Excel-to-XML converter or `faktur export --format coretax-xml`, then check it \
                 with `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "FKT-3005",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "XML rusak atau terpotong",
            en: "Malformed or truncated XML",
        },
        cause: Text {
            id: "Berkas bukan XML yang utuh: tag tidak ditutup, berkas berhenti di tengah (unggahan \
                 atau salinan yang terputus), elemen akar bukan TaxInvoiceBulk, atau berkasnya kosong. \
                 Baris yang disebut adalah tempat pembaca berhenti.",
            en: "The file is not complete XML: a tag is not closed, the file stops in the middle (an \
                 interrupted upload or copy), the root element is not TaxInvoiceBulk, or the file is \
                 empty. The line given is where reading stopped.",
        },
        remedy: Text {
            id: "Buka berkas di editor teks pada baris yang disebut dan perbaiki tag-nya, atau ekspor \
                 ulang berkas dari sumbernya. Tidak ada yang disimpan dari berkas yang rusak.",
            en: "Open the file in a text editor at the line given and fix the tag, or export the file \
                 again from its source. Nothing is stored from a damaged file.",
        },
    },
    Entry {
        code: "FKT-3006",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Elemen XML tidak dikenal",
            en: "Unknown XML element",
        },
        cause: Text {
            id: "Berkas memuat elemen yang tidak ada dalam templat TaxInvoiceBulk DJP, misalnya salah \
                 eja (DJP menulis BuyerAdress dengan satu huruf d) atau kolom tambahan dari ERP. \
                 Nilainya tidak dipakai.",
            en: "The file has an element that DJP's TaxInvoiceBulk template does not have, for \
                 example a misspelling (DJP writes BuyerAdress with a single d) or an extra column \
                 from an ERP. Its value is not used.",
        },
        remedy: Text {
            id: "Ganti nama elemen sesuai templat DJP atau hapus elemen itu. Daftar elemen yang \
                 berlaku ada di dokumentasi format; periksa ulang dengan `faktur import FILE --dry-run`.",
            en: "Rename the element to match DJP's template or remove it. The list of elements is in \
                 the format documentation; check again with `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "FKT-3007",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Baris jenis ini tidak diimpor oleh perintah ini",
            en: "Rows of this type are not imported by this command",
        },
        cause: Text {
            id: "Berkas berisi baris selain FK, FAPR dan OF, misalnya LT (data lawan transaksi), \
                 FM, RK, RM, DK atau DM. Impor faktur keluaran hanya membaca faktur dan barisnya; \
                 baris lain dilewati dan tidak mengubah apa pun.",
            en: "The file has rows other than FK, FAPR and OF, for example LT (counterparty data), \
                 FM, RK, RM, DK or DM. The output-invoice import reads invoices and their lines \
                 only; other rows are skipped and change nothing.",
        },
        remedy: Text {
            id: "Tidak ada yang perlu diperbaiki bila baris itu memang tidak dimaksudkan untuk \
                 diimpor. Impor data lawan transaksi, faktur masukan, retur dan dokumen lain dengan \
                 berkasnya sendiri.",
            en: "Nothing to fix if those rows were not meant to be imported. Import counterparty \
                 data, input invoices, returns and other documents from their own files.",
        },
    },
    Entry {
        code: "FKT-3008",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Berkas milik penjual lain",
            en: "The file belongs to another seller",
        },
        cause: Text {
            id: "NPWP penjual di berkas (elemen TIN pada XML Coretax) bukan NPWP perusahaan yang \
                 dipilih. Faktur keluaran hanya dapat diimpor ke buku perusahaan penjualnya.",
            en: "The seller NPWP in the file (the TIN element of the Coretax XML) is not the NPWP of \
                 the selected company. Output invoices can only be imported into their seller's books.",
        },
        remedy: Text {
            id: "Pilih perusahaan yang benar dengan `--company NPWP` (lihat `faktur company list`), \
                 atau perbaiki TIN di berkas. Tidak ada yang disimpan.",
            en: "Choose the right company with `--company NPWP` (see `faktur company list`), or fix \
                 the TIN in the file. Nothing was stored.",
        },
    },
    Entry {
        code: "FKT-3009",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur masukan untuk pembeli lain",
            en: "The input invoice is addressed to another buyer",
        },
        cause: Text {
            id: "NPWP pembeli (lawan transaksi) pada faktur masukan bukan NPWP perusahaan yang \
                 dipilih. Faktur masukan hanya dapat diimpor ke buku perusahaan pembelinya.",
            en: "The buyer (lawan transaksi) NPWP of the input invoice is not the NPWP of the \
                 selected company. Input invoices can only be imported into their buyer's books.",
        },
        remedy: Text {
            id: "Pilih perusahaan yang benar dengan `--company NPWP` (lihat `faktur company list`). \
                 Jika NPWP Anda memang salah pada faktur, minta penjual membuat faktur pengganti. \
                 Tidak ada yang disimpan.",
            en: "Choose the right company with `--company NPWP` (see `faktur company list`). If \
                 your NPWP is wrong on the invoice, ask the seller for a replacement invoice. \
                 Nothing was stored.",
        },
    },
    Entry {
        code: "FKT-3010",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur tidak valid menurut DJP",
            en: "The invoice is not valid according to DJP",
        },
        cause: Text {
            id: "Jawaban validasi QR (resValidateFakturPm) tidak menyatakan \"Faktur Valid, Sudah \
                 Diapprove oleh DJP\" (misalnya \"Tidak ditemukan data di DJP\"), atau statusFaktur \
                 bukan Normal, Normal-Pengganti, Diganti atau Dibatalkan.",
            en: "The QR validation answer (resValidateFakturPm) does not say \"Faktur Valid, Sudah \
                 Diapprove oleh DJP\" (for example \"Tidak ditemukan data di DJP\"), or its \
                 statusFaktur is not Normal, Normal-Pengganti, Diganti or Dibatalkan.",
        },
        remedy: Text {
            id: "Pindai ulang kode QR dari PDF asli. Jika DJP tetap tidak menemukannya, faktur itu \
                 tidak dapat dikreditkan: minta penjual mengunggah atau membetulkannya.",
            en: "Scan the QR code of the original PDF again. If DJP still does not find it, the \
                 invoice cannot be credited: ask the seller to upload or correct it.",
        },
    },
    Entry {
        code: "FKT-3011",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Buku kerja Excel tidak dapat dibaca sebagai template Coretax",
            en: "The Excel workbook cannot be read as the Coretax template",
        },
        cause: Text {
            id: "Berkas bukan .xlsx atau rusak, sheet Faktur atau DetailFaktur tidak ada, tidak ada \
                 baris judul dengan Baris di kolom A, sel berisi galat Excel (#N/A, #VALUE!), atau \
                 baris DetailFaktur menunjuk Baris yang tidak ada di sheet Faktur.",
            en: "The file is not .xlsx or is damaged, the Faktur or DetailFaktur sheet is missing, \
                 no header row has Baris in column A, a cell holds an Excel error (#N/A, #VALUE!), \
                 or a DetailFaktur row points to a Baris that the Faktur sheet does not have.",
        },
        remedy: Text {
            id: "Gunakan template Excel DJP apa adanya (nama sheet dan urutan kolom), simpan sebagai \
                 .xlsx, perbaiki sel yang disebut (baris dan kolom Excel), dan pastikan setiap baris \
                 detail memakai nomor Baris fakturnya. Tidak ada yang disimpan.",
            en: "Use DJP's Excel template as it is (sheet names and column order), save it as .xlsx, \
                 fix the cell named (Excel row and column), and make every detail row use its \
                 invoice's Baris number. Nothing was stored.",
        },
    },
    Entry {
        code: "FKT-3012",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur dengan referensi ini sudah diimpor",
            en: "An invoice with this reference was already imported",
        },
        cause: Text {
            id: "Faktur era Coretax belum bernomor sampai disetujui, jadi impor ulang dikenali dari \
                 penjual dan referensinya (RefDesc). Referensi ini sudah ada di buku perusahaan \
                 atau muncul dua kali di berkas.",
            en: "Coretax-era invoices have no number until approved, so a re-import is recognised \
                 by seller and reference (RefDesc). This reference is already in the company's \
                 books or appears twice in the file.",
        },
        remedy: Text {
            id: "Jika berkas ini sudah diimpor, tidak perlu tindakan. Jika fakturnya berbeda, beri \
                 setiap faktur referensi sendiri di ERP Anda, lalu impor lagi.",
            en: "If this file was already imported, nothing to do. If the invoices differ, give each \
                 its own reference in your ERP, then import again.",
        },
    },
    Entry {
        code: "FKT-3013",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Isian atau baris terlalu panjang",
            en: "Field or line too long",
        },
        cause: Text {
            id: "Berkas berisi lebih dari 1 MiB tanpa batas baris (CSV) atau tanpa tanda < (XML), \
                 misalnya sel yang tanda kutipnya tidak ditutup atau data biner. Pembacaan berhenti \
                 di sana agar memori tidak habis.",
            en: "The file holds more than 1 MiB without a line break (CSV) or without a < (XML), \
                 for example a cell whose quote is never closed, or binary data. Reading stops \
                 there so that memory is not exhausted.",
        },
        remedy: Text {
            id: "Buka berkas di baris yang disebut, tutup tanda kutip yang terbuka atau pisahkan \
                 isinya, lalu impor lagi. Tidak ada yang disimpan.",
            en: "Open the file at the line named, close the open quote or split the content, then \
                 import again. Nothing was stored.",
        },
    },
    Entry {
        code: "FKT-3014",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Retur tidak cocok dengan faktur yang diretur",
            en: "Retur does not match the returned invoice",
        },
        cause: Text {
            id: "Faktur dengan nomor itu ada, tetapi lawan transaksi, kode transaksi atau tanggal \
                 faktur pada baris retur berbeda dari yang tersimpan: retur ini kemungkinan untuk \
                 faktur lain.",
            en: "An invoice with that number exists, but the counterparty, kode transaksi or \
                 invoice date on the retur row differ from the stored ones: the retur most likely \
                 belongs to another invoice.",
        },
        remedy: Text {
            id: "Periksa NPWP, kode transaksi, nomor dan tanggal faktur pada baris retur terhadap \
                 faktur yang diretur (faktur invoice list / show), perbaiki, lalu impor lagi.",
            en: "Check the NPWP, kode transaksi, number and date on the retur row against the \
                 returned invoice (faktur invoice list / show), correct them, then import again.",
        },
    },
    Entry {
        code: "FKT-3015",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Masa dokumen lain keluaran harus bulan tanggal dokumennya",
            en: "The masa of an output dokumen lain must be the month of its date",
        },
        cause: Text {
            id: "Dokumen lain keluaran (misalnya PEB) dilaporkan pada masa tanggal dokumennya; \
                 MASA_PAJAK/TAHUN_PAJAK baris DK menyebut bulan lain.",
            en: "An output dokumen lain (an export declaration, say) is reported in the masa of \
                 its date; the DK row's MASA_PAJAK/TAHUN_PAJAK name another month.",
        },
        remedy: Text {
            id: "Isi MASA_PAJAK dan TAHUN_PAJAK dengan bulan dan tahun TANGGAL_DOK_LAIN, lalu \
                 impor lagi.",
            en: "Set MASA_PAJAK and TAHUN_PAJAK to the month and year of TANGGAL_DOK_LAIN, then \
                 import again.",
        },
    },
    Entry {
        code: "FKT-4001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kunci idempotensi sudah dipakai untuk operasi lain",
            en: "The idempotency key was already used for another operation",
        },
        cause: Text {
            id: "Setiap operasi yang dikirim ke otoritas membawa kunci unik; kunci ini sudah \
                 dipakai untuk operasi dengan isi berbeda, sehingga operasi ini tidak dijalankan.",
            en: "Every operation sent to the authority carries a unique key; this key was \
                 already used for an operation with different content, so this one was not \
                 applied.",
        },
        remedy: Text {
            id: "Kirim operasi baru dengan kunci baru. Jika terjadi dari `faktur sync`, \
                 laporkan: antrean kiriman tidak boleh memakai ulang kunci.",
            en: "Send a new operation with a new key. If it came from `faktur sync`, report it: \
                 the outbox must never reuse a key.",
        },
    },
    Entry {
        code: "FKT-4002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur diunggah melewati batas waktu",
            en: "The invoice was uploaded after the deadline",
        },
        cause: Text {
            id: "Faktur Pajak harus diunggah dan disetujui paling lambat tanggal 15 (e-Faktur) \
                 atau tanggal 20 (Coretax, sejak 22 Mei 2025) bulan berikutnya setelah tanggal \
                 faktur; setelah itu dokumen tidak diperlakukan sebagai Faktur Pajak.",
            en: "A tax invoice must be uploaded and approved by the 15th (e-Faktur) or the 20th \
                 (Coretax, from 22 May 2025) of the month after its date; after that the \
                 document is not treated as a tax invoice.",
        },
        remedy: Text {
            id: "Buat faktur baru dengan tanggal hari ini (faktur terlambat dapat dikenai \
                 sanksi), lalu sinkronkan.",
            en: "Issue a new invoice dated today (a late invoice may be sanctioned), then sync.",
        },
    },
    Entry {
        code: "FKT-4003",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur era e-Faktur harus bernomor, faktur era Coretax tidak",
            en: "An e-Faktur-era invoice needs a number; a Coretax-era one must not have one",
        },
        cause: Text {
            id: "Sampai Desember 2024 penjual memberi nomor dari NSFP jatahnya (e-Nofa); sejak \
                 Januari 2025 Coretax memberi nomor 17 digit saat persetujuan.",
            en: "Until December 2024 the seller numbers the invoice from its allocated NSFP \
                 (e-Nofa); from January 2025 Coretax assigns the 17-digit number at approval.",
        },
        remedy: Text {
            id: "Untuk faktur 2024 atau sebelumnya, minta NSFP lalu beri nomor; untuk faktur \
                 2025 atau sesudahnya, kosongkan nomor.",
            en: "For invoices of 2024 or earlier, request NSFP and number the invoice; for 2025 \
                 or later, leave the number empty.",
        },
    },
    Entry {
        code: "FKT-4004",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Server tidak dapat mendengarkan pada alamat itu",
            en: "The server cannot listen on that address",
        },
        cause: Text {
            id: "Alamat `--listen` sudah dipakai proses lain, tidak ada di mesin ini, atau \
                 port di bawah 1024 memerlukan hak khusus.",
            en: "The `--listen` address is taken by another process, does not exist on this \
                 machine, or a port below 1024 needs privileges.",
        },
        remedy: Text {
            id: "Pilih port lain (misalnya `--listen 127.0.0.1:0` untuk port bebas) atau \
                 hentikan proses yang memakainya.",
            en: "Choose another port (`--listen 127.0.0.1:0` picks a free one) or stop the \
                 process using it.",
        },
    },
    Entry {
        code: "FKT-4005",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Jawaban server otoritas tidak dapat dibaca",
            en: "The authority's answer could not be read",
        },
        cause: Text {
            id: "Sambungan terputus di tengah jawaban, atau yang menjawab bukan server API \
                 otoritas (proxy, halaman login jaringan, alamat yang salah).",
            en: "The connection broke in the middle of the answer, or what answered is not \
                 the authority's API (a proxy, a network login page, a wrong address).",
        },
        remedy: Text {
            id: "Tidak ada yang hilang: operasi tetap di outbox dan dikirim ulang dengan kunci \
                 yang sama, sehingga tidak tercatat dua kali. Jika terus terjadi, periksa \
                 alamat `--authority` dengan `faktur doctor`.",
            en: "Nothing is lost: the operation stays in the outbox and is sent again under \
                 the same key, so it is never recorded twice. If it keeps happening, check \
                 the `--authority` address with `faktur doctor`.",
        },
    },
    Entry {
        code: "FKT-4006",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Server otoritas memakai versi API lain",
            en: "The authority speaks another API version",
        },
        cause: Text {
            id: "Alamat `--authority` menunjuk ke server dengan versi API yang tidak dikenal \
                 program ini.",
            en: "The `--authority` address points at a server whose API version this \
                 program does not know.",
        },
        remedy: Text {
            id: "Perbarui OpenFaktur atau arahkan ke server otoritas yang sesuai; outbox \
                 menunggu tanpa kehilangan apa pun.",
            en: "Update OpenFaktur or point it at a matching authority server; the outbox \
                 waits and loses nothing.",
        },
    },
    Entry {
        code: "FKT-4007",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kunci tanda tangan perusahaan tidak dapat dibaca atau dibuat",
            en: "The company's signing key cannot be read or created",
        },
        cause: Text {
            id: "Berkas kunci di direktori data (`keys/NPWP.key`) rusak, tidak boleh dibaca \
                 oleh pengguna ini, atau direktorinya tidak dapat ditulis.",
            en: "The key file in the data dir (`keys/NPWP.key`) is damaged, not readable by \
                 this user, or its directory is not writable.",
        },
        remedy: Text {
            id: "Perbaiki hak akses berkas itu. Jika kunci hilang, `faktur doctor --fix` \
                 membuat kunci baru dan mendaftarkannya ke otoritas.",
            en: "Fix the file's permissions. If the key is lost, `faktur doctor --fix` \
                 creates a new key and registers it with the authority.",
        },
    },
    Entry {
        code: "FKT-4008",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode billing tidak dikenal atau permintaannya tidak sah",
            en: "Billing code unknown, or the billing request is not valid",
        },
        cause: Text {
            id: "Kode billing tidak ada atau milik wajib pajak lain, atau permintaan kode \
                 billing memuat KAP (6 angka), KJS (3 angka), masa (YYYY-MM) atau jumlah \
                 (rupiah, lebih dari nol) yang tidak sah.",
            en: "The billing code does not exist or belongs to another taxpayer, or the \
                 request has an invalid KAP (6 digits), KJS (3 digits), masa (YYYY-MM) or \
                 amount (rupiah, above zero).",
        },
        remedy: Text {
            id: "Periksa kode billing yang dibayar; buat kode baru dengan KAP 411211 KJS 100 \
                 untuk PPN dalam negeri.",
            en: "Check the billing code being paid; create a new one with KAP 411211 KJS 100 \
                 for domestic VAT.",
        },
    },
    Entry {
        code: "FKT-4009",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode billing sudah kedaluwarsa",
            en: "The billing code has expired",
        },
        cause: Text {
            id: "Kode billing berlaku 7 × 24 jam sejak dibuat, atau 14 × 24 jam untuk kode \
                 yang dibuat sejak 17 Desember 2025; masa itu sudah lewat tanpa pembayaran.",
            en: "A billing code is valid for 7 × 24 hours from its creation, or 14 × 24 \
                 hours for codes created from 17 December 2025; that time passed unpaid.",
        },
        remedy: Text {
            id: "Buat kode billing baru lalu bayar dengan kode itu; SPT yang menunggu \
                 pembayaran kembali ke konsep sampai dibayar.",
            en: "Create a new billing code and pay with it; an SPT waiting for payment goes \
                 back to draft until it is paid.",
        },
    },
    Entry {
        code: "FKT-4010",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "SPT ini tidak dapat diterima dalam urutan ini",
            en: "This SPT cannot be received in this order",
        },
        cause: Text {
            id: "Pembetulan harus berurutan (normal 0, lalu 1, 2, …); revisi yang sudah \
                 dilaporkan tidak dapat dilaporkan lagi dengan isi lain; atau formulir atau \
                 hasil SPT tidak dikenal.",
            en: "Revisions come in order (normal 0, then 1, 2, …); a revision already filed \
                 cannot be filed again with other content; or the form or result is unknown.",
        },
        remedy: Text {
            id: "Laporkan revisi berikutnya sebagai pembetulan (`faktur spt amend`).",
            en: "File the next revision as a pembetulan (`faktur spt amend`).",
        },
    },
    Entry {
        code: "FKT-4011",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Hanya faktur keluaran yang sudah disetujui yang dapat dibatalkan, diganti \
                 atau diretur",
            en: "Only an approved invoice can be cancelled, replaced or returned",
        },
        cause: Text {
            id: "Pembatalan dan faktur pengganti berlaku untuk faktur keluaran yang sudah \
                 disetujui DJP (bernomor); nota retur untuk faktur masukan yang sudah disetujui. \
                 Faktur ini masih draf, sudah dibatalkan atau diganti, pembatalannya sedang \
                 menunggu dikirim, atau jenisnya tidak sesuai.",
            en: "Cancellation and replacement apply to output invoices the authority approved \
                 (numbered); a nota retur to approved input invoices. This invoice is still a \
                 draft, already cancelled or replaced, its cancellation is waiting to be sent, \
                 or it is of the other kind.",
        },
        remedy: Text {
            id: "Tunggu sampai faktur disetujui (`faktur sync`), lihat statusnya dengan \
                 `faktur invoice show ID`; draf yang keliru cukup dibuat ulang dengan benar.",
            en: "Wait until the invoice is approved (`faktur sync`) and check its status with \
                 `faktur invoice show ID`; a wrong draft is simply created again correctly.",
        },
    },
    Entry {
        code: "FKT-4012",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Hanya draf yang belum dikirim yang dapat diubah",
            en: "Only a draft not yet sent can be edited",
        },
        cause: Text {
            id: "Faktur ini sudah antre untuk diunggah ke DJP, sudah disetujui, ditolak, \
                 dibatalkan atau diganti. Isinya yang sudah dikirim tidak boleh berubah diam-diam.",
            en: "This invoice is already queued for upload to the authority, or approved, \
                 rejected, cancelled or replaced. What was sent must not change silently.",
        },
        remedy: Text {
            id: "Untuk faktur yang sudah disetujui buat faktur pengganti (`faktur invoice \
                 replace ID`) atau batalkan (`faktur invoice cancel ID`); draf yang ditolak \
                 dibuat ulang dengan benar.",
            en: "For an approved invoice make a replacement (`faktur invoice replace ID`) or \
                 cancel it (`faktur invoice cancel ID`); a rejected draft is created again \
                 correctly.",
        },
    },
    Entry {
        code: "FKT-5001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Faktur ini tidak dapat dikreditkan di sini",
            en: "This invoice cannot be credited here",
        },
        cause: Text {
            id: "Hanya Faktur Pajak Masukan perusahaan ini yang sudah disetujui DJP yang dapat \
                 dikreditkan, dipindahkan masa pengkreditannya atau dinyatakan tidak dapat \
                 dikreditkan; faktur ini adalah faktur keluaran, belum disetujui, dibatalkan \
                 atau milik perusahaan lain.",
            en: "Only this company's input invoices approved by DJP can be credited, moved to \
                 another crediting masa or marked not creditable; this one is an output \
                 invoice, not approved, cancelled or another company's.",
        },
        remedy: Text {
            id: "Periksa nomor faktur (`faktur invoice list --kind input`); tunggu persetujuan \
                 atau sinkronkan dulu (`faktur sync`).",
            en: "Check the invoice id (`faktur invoice list --kind input`); wait for the \
                 approval or sync first (`faktur sync`).",
        },
    },
    Entry {
        code: "FKT-5002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Isian SPT tidak dikenal atau jumlahnya tidak sah",
            en: "Unknown SPT entry or invalid amount",
        },
        cause: Text {
            id: "`--set NAMA=RUPIAH` menyebut isian yang tidak ada pada SPT, atau jumlahnya \
                 bukan rupiah bulat.",
            en: "`--set NAME=RUPIAH` names an entry the return does not have, or the amount is \
                 not whole rupiah.",
        },
        remedy: Text {
            id: "Gunakan salah satu nama isian yang didaftar pada docs/spt.md (misalnya \
                 `ppn_prepaid=300000`); jumlah dalam rupiah tanpa pemisah.",
            en: "Use one of the entry names listed in docs/spt.md (e.g. `ppn_prepaid=300000`); \
                 amounts in rupiah without separators.",
        },
    },
    Entry {
        code: "FKT-6001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Kode tidak ada dalam katalog",
            en: "Code not in the catalogue",
        },
        cause: Text {
            id: "`faktur explain` ditanya tentang kode yang tidak ada dalam katalog kesalahan \
                 OpenFaktur. Kodenya mungkin salah ketik, tanpa awalan (misalnya 10002 tanpa \
                 ETAX-), atau berasal dari sistem lain.",
            en: "`faktur explain` was asked about a code that is not in OpenFaktur's error \
                 catalogue. The code may have a typo, lack its prefix (for example 10002 without \
                 ETAX-), or come from another system.",
        },
        remedy: Text {
            id: "Tulis kode lengkap dengan awalannya, misalnya `faktur explain ETAX-10002` atau \
                 `faktur explain FKT-2101`; huruf besar/kecil tidak berpengaruh. \
                 `faktur explain --list` menampilkan semua kode, dan `faktur explain --list \
                 ETAX-2` hanya yang berawalan ETAX-2.",
            en: "Give the full code with its prefix, for example `faktur explain ETAX-10002` or \
                 `faktur explain FKT-2101`; case does not matter. `faktur explain --list` shows \
                 every code, and `faktur explain --list ETAX-2` only those starting with ETAX-2.",
        },
    },
    Entry {
        code: "FKT-6002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Perintah tidak dapat dipahami",
            en: "Command-line usage error",
        },
        cause: Text {
            id: "`faktur` dipanggil dengan perintah, opsi atau argumen yang tidak dikenal, tidak \
                 lengkap atau tidak cocok satu sama lain, misalnya opsi wajib yang tidak diberikan \
                 atau nilai di luar pilihan yang tersedia. Tidak ada yang dikerjakan, dan kode \
                 keluarnya 2.",
            en: "`faktur` was called with a command, option or argument that is unknown, \
                 incomplete or inconsistent with the others, for example a missing required \
                 option or a value outside the allowed choices. Nothing was done, and the exit \
                 code is 2.",
        },
        remedy: Text {
            id: "Jalankan `faktur --help` untuk daftar perintah dan opsi global, atau \
                 `faktur COMMAND --help` untuk opsi satu perintah, lalu ulangi dengan opsi yang \
                 benar.",
            en: "Run `faktur --help` for the list of commands and global options, or \
                 `faktur COMMAND --help` for the options of one command, then try again with the \
                 right options.",
        },
    },
];
