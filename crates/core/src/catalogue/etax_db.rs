//! ETAX-1xxxx: the e-Faktur desktop's local database.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "ETAX-10001",
        family: Family::EtaxDatabase,
        official: Some("Error Database"),
        also_published: &["Terjadi kesalahan, tidak dapat membentuk header lampiran"],
        message: Text {
            id: "Database bermasalah",
            en: "Database error",
        },
        cause: Text {
            id: "Berkas database rusak atau hilang (misalnya folder db disalin saat aplikasi \
                 masih berjalan), folder db berisi folder asing, versi aplikasi berbeda dengan \
                 versi database, atau komputer server database sedang mati. Varian \"tidak dapat \
                 membentuk header lampiran\" muncul bila SPT diposting di database selain database \
                 bawaan.",
            en: "A database file is damaged or missing (for example the db folder was copied \
                 while the application was running), the db folder holds foreign folders, the \
                 application and database versions differ, or the database server PC is off. \
                 The \"cannot build the attachment header\" variant appears when the SPT is posted \
                 in a database other than the default one.",
        },
        remedy: Text {
            id: "Jalankan `faktur db check` untuk memeriksa integritas database perusahaan. Bila \
                 rusak, `faktur db repair` memulihkan cadangan terakhir yang sehat dan melaporkan \
                 data yang tidak terbawa; `faktur db recover` mengambil kembali faktur yang sudah \
                 disetujui dari otoritas. Jangan menyalin berkas database saat aplikasi berjalan: \
                 gunakan `faktur db backup`.",
            en: "Run `faktur db check` to verify the company database. If it is damaged, \
                 `faktur db repair` restores the last good backup and reports what it could not \
                 bring back; `faktur db recover` fetches approved invoices back from the \
                 authority. Never copy database files while the application runs: use \
                 `faktur db backup`.",
        },
    },
    Entry {
        code: "ETAX-10002",
        family: Family::EtaxDatabase,
        official: Some("Tidak dapat mengambil data"),
        also_published: &[],
        message: Text {
            id: "Tidak dapat mengambil data",
            en: "Unable to retrieve data",
        },
        cause: Text {
            id: "Aplikasi kehilangan sambungan ke database atau ke server DJP tepat saat membaca \
                 data, atau database-nya rusak. Di e-Faktur desktop ini biasanya terjadi saat \
                 merekam faktur keluaran atau membuat/memposting SPT Masa PPN 1111: server \
                 database di jaringan kantor mati atau terputus, koneksi internet putus, atau \
                 database rusak karena virus atau pembaruan aplikasi yang gagal. Data yang \
                 sedang dikerjakan tidak ikut tersimpan.",
            en: "The application lost its connection to its database or to the DJP server \
                 while it was reading data, or the database is damaged. In the e-Faktur desktop \
                 this usually happens while entering output invoices or building or posting the \
                 SPT Masa PPN 1111: the office database server went down or dropped off the \
                 network, the internet connection dropped, or the database was damaged by \
                 malware or a failed application update. The work in progress was not saved.",
        },
        remedy: Text {
            id: "Di OpenFaktur pekerjaan selalu disimpan dulu di database lokal, jadi koneksi \
                 yang putus tidak menghentikan pekerjaan. Lakukan berurutan: \
                 (1) `faktur doctor` memeriksa database, sambungan ke otoritas, jam komputer dan \
                 konfigurasi, lalu memperbaiki yang aman diperbaiki; \
                 (2) bila ia melaporkan database rusak, jalankan `faktur db check` lalu \
                 `faktur db repair` (memulihkan cadangan terakhir yang sehat dan mencantumkan \
                 data yang tidak terbawa) dan `faktur db recover` (mengambil faktur yang sudah \
                 disetujui dari otoritas); \
                 (3) bila yang putus adalah server (PostgreSQL atau otoritas), operasi \
                 berikutnya menyambung ulang sendiri dan antrean unggah (`faktur sync status`) \
                 mencoba lagi otomatis; tidak ada data yang hilang; \
                 (4) di e-Faktur desktop: tutup aplikasi, buka lagi, pilih File › Administrasi DB, \
                 pilih database dan sambungkan sampai muncul \"Linked Database\"; bila database \
                 rusak, pulihkan cadangan dari folder backup atau buat database baru lalu \
                 pindahkan data dengan ekspor/impor.",
            en: "In OpenFaktur every piece of work is saved to the local database first, so a \
                 dropped connection never stops your work. In order: \
                 (1) `faktur doctor` checks the database, the connection to the authority, the \
                 clock and the configuration, and fixes what is safe to fix; \
                 (2) if it reports a damaged database, run `faktur db check`, then \
                 `faktur db repair` (restores the last good backup and lists anything it could \
                 not bring back) and `faktur db recover` (fetches approved invoices back from \
                 the authority); \
                 (3) if a server (PostgreSQL or the authority) dropped, the next operation \
                 reconnects by itself and the upload outbox (`faktur sync status`) retries on \
                 its own; nothing is lost; \
                 (4) in the e-Faktur desktop: close and reopen the application, open File › DB \
                 Administration, select the database and connect until it shows \"Linked \
                 Database\"; if the database is damaged, restore the backup from the backup \
                 folder, or create a new database and move the data by export and import.",
        },
    },
    Entry {
        code: "ETAX-10003",
        family: Family::EtaxDatabase,
        official: Some("Input ke database tidak berhasil, periksa kembali data yang akan diinput"),
        also_published: &[],
        message: Text {
            id: "Data gagal disimpan ke database",
            en: "Saving to the database failed",
        },
        cause: Text {
            id: "Sambungan ke server database putus saat menyimpan; atau data referensi \
                 (pengguna, lawan transaksi, barang, profil PKP) diubah di database selain \
                 database bawaan sehingga melanggar batasan data; atau sebuah isian (nama, \
                 alamat, nama/kode barang, referensi) lebih dari 255 karakter.",
            en: "The connection to the database server dropped while saving; or reference data \
                 (users, counterparties, items, the PKP profile) was edited in a database other \
                 than the default one and now breaks a constraint; or a field (name, address, \
                 item name or code, reference) is longer than 255 characters.",
        },
        remedy: Text {
            id: "Periksa panjang isian: maksimal 255 karakter. Bila sambungan putus, ulangi \
                 operasinya; OpenFaktur menyimpan dalam satu transaksi sehingga tidak ada data \
                 setengah tersimpan. Ubah data referensi hanya di database perusahaan yang \
                 benar (`--company`).",
            en: "Check field lengths: at most 255 characters. If the connection dropped, \
                 repeat the operation; OpenFaktur saves in one transaction, so nothing is left \
                 half-written. Edit reference data only in the right company database \
                 (`--company`).",
        },
    },
    Entry {
        code: "ETAX-10004",
        family: Family::EtaxDatabase,
        official: Some("Data tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Data tidak ditemukan",
            en: "Data not found",
        },
        cause: Text {
            id: "Data yang diminta tidak ada di database yang sedang dipakai: sudah dihapus, \
                 belum direkam, atau tersimpan di database perusahaan lain.",
            en: "The requested record is not in the database in use: it was deleted, was never \
                 recorded, or lives in another company's database.",
        },
        remedy: Text {
            id: "Pastikan perusahaan yang dipilih benar (`faktur company list`, `--company`) \
                 dan cari datanya dengan `faktur invoice list`.",
            en: "Make sure the right company is selected (`faktur company list`, `--company`) \
                 and look the record up with `faktur invoice list`.",
        },
    },
    Entry {
        code: "ETAX-10005",
        family: Family::EtaxDatabase,
        official: Some("Database tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Database tidak ditemukan",
            en: "Database not found",
        },
        cause: Text {
            id: "Folder atau berkas database terhapus atau dipindah, misalnya oleh virus atau \
                 oleh pembersihan disk.",
            en: "The database folder or file was deleted or moved, for example by malware or a \
                 disk clean-up.",
        },
        remedy: Text {
            id: "Periksa `--data-dir` / `FAKTUR_HOME` dan `faktur company list`. Bila berkasnya \
                 memang hilang, pulihkan dari cadangan dengan `faktur db restore`, lalu ambil \
                 faktur yang sudah disetujui dari otoritas dengan `faktur db recover`.",
            en: "Check `--data-dir` / `FAKTUR_HOME` and `faktur company list`. If the file is \
                 really gone, restore it from a backup with `faktur db restore`, then fetch \
                 approved invoices from the authority with `faktur db recover`.",
        },
    },
    Entry {
        code: "ETAX-10006",
        family: Family::EtaxDatabase,
        official: Some("Tidak dapat menstart database sebagai network server"),
        also_published: &[],
        message: Text {
            id: "Database tidak dapat dijalankan sebagai server jaringan",
            en: "The database cannot be started as a network server",
        },
        cause: Text {
            id: "Port database tidak terbuka atau sudah dipakai program lain, sehingga komputer \
                 lain di jaringan tidak dapat tersambung.",
            en: "The database port is closed or already taken by another program, so other \
                 computers on the network cannot connect.",
        },
        remedy: Text {
            id: "Buka port tersebut di firewall atau pilih port lain. Untuk banyak pengguna, \
                 OpenFaktur memakai PostgreSQL (`--database postgres://…`) atau `faktur serve` \
                 sehingga tidak ada database yang perlu dibagi lewat folder jaringan.",
            en: "Open the port in the firewall or choose another one. For many users, \
                 OpenFaktur uses PostgreSQL (`--database postgres://…`) or `faktur serve`, so no \
                 database has to be shared through a network folder.",
        },
    },
];
