//! ETAX-3xxxx: encryption, files and mapping.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "ETAX-30001",
        family: Family::EtaxFile,
        official: Some("Tidak dapat melakukan enkripsi / dekripsi"),
        also_published: &[],
        message: Text {
            id: "Enkripsi atau dekripsi gagal",
            en: "Encryption or decryption failed",
        },
        cause: Text {
            id: "Aplikasi gagal mengenkripsi data atau membuka (mendekripsi) data yang \
                 dilindungi. Di e-Faktur desktop ini biasanya berarti sertifikat elektronik tidak \
                 dapat dibuka: passphrase salah, berkas .p12 rusak atau milik PKP lain, atau \
                 berkas aplikasi yang menangani enkripsi rusak.",
            en: "The application could not encrypt data or open (decrypt) protected data. In the \
                 e-Faktur desktop this usually means the electronic certificate cannot be opened: \
                 the passphrase is wrong, the .p12 file is damaged or belongs to another PKP, or \
                 the application files that handle encryption are damaged.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop: ketik ulang passphrase dengan memperhatikan huruf besar dan \
                 kecil, pilih lagi berkas sertifikat elektronik milik NPWP ini di Administrasi \
                 Sertifikat, dan bila masih gagal pasang ulang aplikasinya setelah mencadangkan \
                 folder db. OpenFaktur tidak memerlukan Java maupun berkas sertifikat, jadi \
                 kesalahan ini hanya terjadi di e-Faktur desktop.",
            en: "In the e-Faktur desktop: retype the passphrase minding upper and lower case, \
                 select this NPWP's electronic certificate file again in Certificate \
                 Administration (Administrasi Sertifikat), and if it still fails, reinstall the \
                 application after backing up the db folder. OpenFaktur needs neither Java nor a \
                 certificate file, so this error only occurs in the e-Faktur desktop.",
        },
    },
    Entry {
        code: "ETAX-30002",
        family: Family::EtaxFile,
        official: Some("Tidak dapat melakukan hashing"),
        also_published: &[],
        message: Text {
            id: "Proses hashing gagal",
            en: "Hashing failed",
        },
        cause: Text {
            id: "Aplikasi tidak dapat menghitung hash (sidik digital) data, yang dibutuhkan untuk \
                 menandatangani faktur. Penyebab yang dikenal: berkas sertifikat elektronik atau \
                 folder aplikasi dipindahkan setelah sertifikat didaftarkan, sehingga lokasi yang \
                 tersimpan tidak berlaku lagi.",
            en: "The application could not compute the hash (digital fingerprint) of the data, \
                 which it needs to sign invoices. The known cause: the electronic certificate \
                 file or the application folder was moved after the certificate was registered, \
                 so the stored location is no longer valid.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, buka Administrasi Sertifikat, pilih lagi berkas sertifikat \
                 di lokasinya yang sekarang, masukkan passphrase, lalu simpan. Setelah terpasang, \
                 jangan memindahkan folder aplikasi maupun berkas sertifikatnya. OpenFaktur tidak \
                 memakai berkas sertifikat lokal, jadi tidak ada lokasi yang perlu diatur ulang.",
            en: "In the e-Faktur desktop, open Administrasi Sertifikat, select the certificate \
                 file again at its current location, enter the passphrase and save. Once set up, \
                 do not move the application folder or the certificate file. OpenFaktur uses no \
                 local certificate file, so there is no location to set again.",
        },
    },
    Entry {
        code: "ETAX-30003",
        family: Family::EtaxFile,
        official: Some("Library Sigar Error"),
        also_published: &[],
        message: Text {
            id: "Pustaka Sigar bermasalah",
            en: "Sigar library error",
        },
        cause: Text {
            id: "Sigar adalah pustaka bawaan yang dimuat e-Faktur desktop melalui Java untuk \
                 membaca informasi komputer. Pustaka itu gagal dimuat, misalnya karena berkasnya \
                 terhapus atau dikarantina antivirus, tidak cocok dengan Java 32-bit atau 64-bit \
                 yang dipakai, atau folder aplikasi tidak dapat diakses.",
            en: "Sigar is a native library that the e-Faktur desktop loads through Java to read \
                 information about the computer. It failed to load, for example because its file \
                 was deleted or quarantined by antivirus, does not match the 32-bit or 64-bit \
                 Java in use, or the application folder cannot be accessed.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop: kecualikan folder aplikasi dari pemindaian antivirus, \
                 pastikan edisi aplikasi (32-bit atau 64-bit) sesuai dengan sistem operasi, lalu \
                 pasang ulang dari paket resmi DJP setelah mencadangkan folder db. OpenFaktur \
                 adalah satu program tanpa Java dan tanpa pustaka tambahan, jadi kesalahan ini \
                 tidak terjadi di sana.",
            en: "In the e-Faktur desktop: exclude the application folder from antivirus scanning, \
                 make sure the application edition (32-bit or 64-bit) matches the operating \
                 system, then reinstall from DJP's official package after backing up the db \
                 folder. OpenFaktur is a single program with no Java and no extra libraries, so \
                 this error does not occur there.",
        },
    },
    Entry {
        code: "ETAX-30004",
        family: Family::EtaxFile,
        official: Some("Error Upload Faktur"),
        also_published: &[],
        message: Text {
            id: "Faktur gagal diunggah",
            en: "Invoice upload failed",
        },
        cause: Text {
            id: "Pengiriman faktur ke server DJP gagal. Penyebab yang lazim: koneksi internet \
                 putus atau diblokir proxy atau firewall, sertifikat elektronik kedaluwarsa atau \
                 tidak dapat dibuka, atau isi faktur tidak dapat diproses (misalnya memuat \
                 karakter non-UTF-8).",
            en: "Sending the invoice to the DJP server failed. Usual causes: the internet \
                 connection dropped or was blocked by a proxy or firewall, the electronic \
                 certificate expired or could not be opened, or the invoice content could not be \
                 processed (for example it holds non-UTF-8 characters).",
        },
        remedy: Text {
            id: "Di OpenFaktur faktur tetap tersimpan dan antrean unggah mencoba lagi sendiri: \
                 `faktur sync status` menunjukkan keadaan antrean beserta kesalahan terakhir, dan \
                 `faktur doctor` memeriksa sambungan ke otoritas serta jam komputer. Bila \
                 kesalahan terakhir menunjuk isi faktur, perbaiki datanya lalu jalankan `faktur \
                 sync --once`. Di e-Faktur desktop: periksa koneksi dan proxy, lalu unggah ulang \
                 faktur yang masih berstatus belum approve.",
            en: "In OpenFaktur the invoice stays saved and the upload outbox retries on its own: \
                 `faktur sync status` shows the outbox state and the last error, and `faktur \
                 doctor` checks the connection to the authority and the clock. If the last error \
                 points at the invoice content, correct the data and run `faktur sync --once`. In \
                 the e-Faktur desktop: check the connection and proxy, then upload again the \
                 invoices still marked belum approve.",
        },
    },
    Entry {
        code: "ETAX-30005",
        family: Family::EtaxFile,
        official: Some("Error objek mapping"),
        also_published: &[],
        message: Text {
            id: "Susunan kolom berkas impor tidak sesuai",
            en: "The import file's column layout does not match",
        },
        cause: Text {
            id: "Sebuah baris berkas impor CSV tidak dapat dipetakan ke skema e-Faktur: jumlah \
                 atau urutan kolomnya berbeda, atau baris judul kolomnya versi lama. Kasus yang \
                 sering terjadi sejak 2022: kolom wajib KODE_DOKUMEN_PENDUKUNG di akhir judul FK \
                 tidak ada.",
            en: "A row of the CSV import file cannot be mapped onto the e-Faktur schema: its \
                 number or order of columns differs, or the header lines are an old version. A \
                 frequent case since 2022: the mandatory KODE_DOKUMEN_PENDUKUNG column at the end \
                 of the FK header is missing.",
        },
        remedy: Text {
            id: "Pakai baris judul dan susunan kolom terbaru, termasuk KODE_DOKUMEN_PENDUKUNG. \
                 Periksa berkasnya dengan `faktur import FILE --dry-run`: setiap baris yang salah \
                 dilaporkan dengan nomor baris, kolom dan kodenya. Berkas yang pasti sesuai dapat \
                 dibuat dengan `faktur export --period YYYY-MM --format efaktur-csv -o PATH`.",
            en: "Use the current header lines and column layout, including \
                 KODE_DOKUMEN_PENDUKUNG. Check the file with `faktur import FILE --dry-run`: \
                 every bad row is reported with its line, column and code. A file that is sure to \
                 match can be produced with `faktur export --period YYYY-MM --format efaktur-csv \
                 -o PATH`.",
        },
    },
    Entry {
        code: "ETAX-30006",
        family: Family::EtaxFile,
        official: Some("File tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Berkas tidak ditemukan",
            en: "File not found",
        },
        cause: Text {
            id: "Berkas yang hendak dibuka tidak ada di lokasi yang diberikan: jalurnya salah \
                 ketik, berkasnya sudah dipindah, diganti nama atau dihapus, atau berada di drive \
                 jaringan yang sedang terputus.",
            en: "The file to open is not at the given location: the path is mistyped, the file \
                 was moved, renamed or deleted, or it sits on a network drive that is \
                 disconnected.",
        },
        remedy: Text {
            id: "Pilih ulang berkasnya (di e-Faktur desktop lewat tombol Open pada form impor). \
                 Di OpenFaktur, periksa jalur yang diberikan ke `faktur import FILE`; jalur \
                 relatif dihitung dari folder tempat perintah dijalankan.",
            en: "Select the file again (in the e-Faktur desktop with the Open button of the \
                 import form). In OpenFaktur, check the path given to `faktur import FILE`; a \
                 relative path counts from the folder the command runs in.",
        },
    },
    Entry {
        code: "ETAX-30007",
        family: Family::EtaxFile,
        official: Some("File tidak dapat dibaca"),
        also_published: &[],
        message: Text {
            id: "Berkas tidak dapat dibaca",
            en: "File cannot be read",
        },
        cause: Text {
            id: "Berkasnya ada tetapi isinya tidak dapat dibaca: masih dikunci program lain \
                 (misalnya sedang terbuka di Excel), hak aksesnya tidak cukup, berkasnya rusak \
                 atau terpotong, atau isinya bukan teks CSV (misalnya berkas .xlsx yang hanya \
                 diganti ekstensinya).",
            en: "The file exists but its content cannot be read: another program still holds it \
                 (for example it is open in Excel), the permissions are insufficient, the file is \
                 damaged or truncated, or it is not CSV text at all (for example an .xlsx file \
                 whose extension was merely changed).",
        },
        remedy: Text {
            id: "Tutup program lain yang membuka berkas itu, pastikan Anda berhak membacanya, \
                 lalu simpan ulang sebagai CSV dengan enkode UTF-8. Setelah itu periksa dengan \
                 `faktur import FILE --dry-run` sebelum mengimpor sungguhan.",
            en: "Close any program that has the file open, make sure you may read it, and save it \
                 again as CSV in UTF-8. Then check it with `faktur import FILE --dry-run` before \
                 the real import.",
        },
    },
    Entry {
        code: "ETAX-30008",
        family: Family::EtaxFile,
        official: Some("Algoritma Hash tidak ditemukan"),
        also_published: &[],
        message: Text {
            id: "Algoritma hash tidak tersedia",
            en: "Hash algorithm not available",
        },
        cause: Text {
            id: "Lingkungan Java yang menjalankan e-Faktur desktop tidak menyediakan algoritma \
                 hash yang diperlukan untuk tanda tangan elektronik. Biasanya Java milik aplikasi \
                 rusak, atau aplikasi dijalankan dengan Java lain yang tidak cocok.",
            en: "The Java environment running the e-Faktur desktop does not provide the hash \
                 algorithm needed for the electronic signature. Usually the application's Java is \
                 damaged, or the application runs on another Java that does not fit.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop: jalankan aplikasi dengan versi Java yang disyaratkan \
                 rilisnya, atau pasang ulang versi terbaru setelah mencadangkan folder db. \
                 OpenFaktur tidak bergantung pada Java, jadi kesalahan ini tidak terjadi di sana.",
            en: "In the e-Faktur desktop: run the application on the Java version its release \
                 requires, or reinstall the latest version after backing up the db folder. \
                 OpenFaktur does not depend on Java, so this error does not occur there.",
        },
    },
    Entry {
        code: "ETAX-30009",
        family: Family::EtaxFile,
        official: Some("Report tidak dapat dibuat"),
        also_published: &[],
        message: Text {
            id: "Laporan tidak dapat dibuat",
            en: "Report cannot be created",
        },
        cause: Text {
            id: "Aplikasi gagal menyusun laporan atau cetakan (misalnya PDF faktur atau daftar \
                 faktur): data yang dicetak tidak lengkap, templat laporan di folder aplikasi \
                 hilang atau rusak, atau berkas tujuan tidak dapat ditulis karena masih terbuka \
                 atau foldernya terkunci.",
            en: "The application failed to assemble a report or printout (such as an invoice PDF \
                 or an invoice list): the data to print is incomplete, the report templates in \
                 the application folder are missing or damaged, or the target file cannot be \
                 written because it is still open or its folder is locked.",
        },
        remedy: Text {
            id: "Tutup berkas PDF yang masih terbuka, pilih folder tujuan yang dapat ditulis, \
                 lengkapi data yang kosong, lalu cetak ulang. Di OpenFaktur, buat ulang PDF \
                 faktur dengan `faktur invoice pdf ID -o FILE`, dengan FILE di folder yang dapat \
                 ditulis.",
            en: "Close any PDF still open, choose a writable target folder, fill in the missing \
                 data, and print again. In OpenFaktur, produce the invoice PDF again with `faktur \
                 invoice pdf ID -o FILE`, with FILE in a writable folder.",
        },
    },
    Entry {
        code: "ETAX-30010",
        family: Family::EtaxFile,
        official: Some("Disk I/O error"),
        also_published: &[],
        message: Text {
            id: "Kesalahan baca/tulis disk",
            en: "Disk I/O error",
        },
        cause: Text {
            id: "Sistem operasi gagal membaca dari atau menulis ke disk: disk penuh, drive \
                 hanya-baca atau terputus (drive jaringan, USB), disk memiliki sektor rusak, atau \
                 antivirus mengunci berkas database.",
            en: "The operating system failed to read from or write to the disk: the disk is full, \
                 the drive is read-only or disconnected (network drive, USB), the disk has bad \
                 sectors, or antivirus locks the database file.",
        },
        remedy: Text {
            id: "Kosongkan ruang disk, pastikan folder data dapat ditulis, dan periksa kesehatan \
                 disk. Lalu jalankan `faktur doctor` dan `faktur db check`; bila database ikut \
                 rusak, `faktur db repair` memulihkan cadangan terakhir yang sehat. Simpan \
                 cadangan rutin di disk lain dengan `faktur db backup`.",
            en: "Free disk space, make sure the data folder is writable, and check the disk's \
                 health. Then run `faktur doctor` and `faktur db check`; if the database was \
                 damaged too, `faktur db repair` restores the last good backup. Keep regular \
                 backups on another disk with `faktur db backup`.",
        },
    },
    Entry {
        code: "ETAX-30011",
        family: Family::EtaxFile,
        official: Some("Profile Belum Diregister"),
        also_published: &[],
        message: Text {
            id: "Profil PKP belum terdaftar",
            en: "The PKP profile is not registered",
        },
        cause: Text {
            id: "Profil PKP (NPWP, nama, alamat dan data pengukuhan) belum direkam atau belum \
                 diperbarui di aplikasi, sehingga faktur maupun SPT belum dapat dibuat atas nama \
                 PKP tersebut.",
            en: "The PKP profile (NPWP, name, address and registration data) has not been \
                 recorded or updated in the application, so neither invoices nor SPT can be made \
                 in that PKP's name.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, lengkapi profil lewat menu Update Profile dalam keadaan \
                 tersambung ke internet, lalu ulangi pekerjaannya. Di OpenFaktur setiap PKP \
                 adalah satu perusahaan: periksa dengan `faktur company list` dan, bila belum \
                 ada, buat dengan `faktur company init --npwp N --name NAMA --address ALAMAT`.",
            en: "In the e-Faktur desktop, complete the profile through the Update Profile menu \
                 while online, then repeat the work. In OpenFaktur each PKP is one company: check \
                 with `faktur company list` and, if it is missing, create it with `faktur company \
                 init --npwp N --name NAME --address ADDRESS`.",
        },
    },
    Entry {
        code: "ETAX-30022",
        family: Family::EtaxFile,
        official: Some("File Certificate belum tersedia. Pilih file certificate terlebih dahulu di Administrasi"),
        also_published: &[],
        message: Text {
            id: "Sertifikat elektronik belum dipilih",
            en: "No electronic certificate selected",
        },
        cause: Text {
            id: "Belum ada sertifikat elektronik yang didaftarkan di aplikasi, atau berkasnya \
                 tidak lagi ada di lokasi yang tercatat. Tanpa sertifikat, faktur tidak dapat \
                 ditandatangani maupun diunggah.",
            en: "No electronic certificate is registered in the application, or its file is no \
                 longer at the recorded location. Without a certificate, invoices can be neither \
                 signed nor uploaded.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, buka Administrasi Sertifikat, pilih berkas sertifikat \
                 elektronik (.p12) milik NPWP ini, masukkan passphrase, lalu simpan. Bila belum \
                 memiliki sertifikat, ajukan permohonannya ke DJP lebih dulu. OpenFaktur tidak \
                 meminta berkas sertifikat dipasang di komputer Anda.",
            en: "In the e-Faktur desktop, open Administrasi Sertifikat, select this NPWP's \
                 electronic certificate file (.p12), enter the passphrase and save. If you have \
                 no certificate yet, apply to DJP for one first. OpenFaktur does not ask you to \
                 install a certificate file on your computer.",
        },
    },
    Entry {
        code: "ETAX-30023",
        family: Family::EtaxFile,
        official: Some("File Certificate tidak bisa di pakai"),
        also_published: &[],
        message: Text {
            id: "Sertifikat elektronik tidak dapat dipakai",
            en: "The electronic certificate cannot be used",
        },
        cause: Text {
            id: "Berkas yang dipilih bukan sertifikat elektronik yang sah (formatnya salah atau \
                 rusak), berkasnya sudah tidak ada, atau sertifikat itu diterbitkan untuk NPWP \
                 lain. Sertifikat yang kedaluwarsa (masa berlakunya dua tahun) atau sudah dicabut \
                 juga tidak dapat dipakai.",
            en: "The selected file is not a valid electronic certificate (wrong format or \
                 damaged), the file is gone, or the certificate was issued for another NPWP. A \
                 certificate that has expired (it is valid for two years) or has been revoked \
                 cannot be used either.",
        },
        remedy: Text {
            id: "Di Administrasi Sertifikat, pilih berkas .p12 yang diterbitkan untuk NPWP PKP \
                 ini dan ketik passphrase-nya dengan benar. Bila berkasnya rusak, unduh ulang; \
                 bila kedaluwarsa atau dicabut, ajukan sertifikat elektronik baru ke DJP.",
            en: "In Administrasi Sertifikat, select the .p12 file issued for this PKP's NPWP and \
                 type its passphrase correctly. If the file is damaged, download it again; if it \
                 has expired or been revoked, apply to DJP for a new electronic certificate.",
        },
    },
    Entry {
        code: "ETAX-30024",
        family: Family::EtaxFile,
        official: Some("Harga Barang/Jasa tidak boleh lebih kecil sama dengan 0"),
        also_published: &[],
        message: Text {
            id: "Harga barang/jasa harus lebih dari 0",
            en: "The price of goods or services must be above 0",
        },
        cause: Text {
            id: "Harga satuan sebuah barang atau jasa pada faktur bernilai 0 atau negatif. \
                 e-Faktur hanya menerima harga positif; potongan harga dicatat di kolom diskon, \
                 bukan sebagai harga negatif.",
            en: "The unit price of an item on the invoice is 0 or negative. e-Faktur accepts only \
                 positive prices; a price reduction goes in the discount field, not in a negative \
                 price.",
        },
        remedy: Text {
            id: "Isi harga satuan yang sebenarnya (lebih dari 0) dan catat potongan sebagai \
                 diskon baris. Untuk mengurangi faktur yang sudah disetujui, buat nota retur atas \
                 barang yang dikembalikan (`faktur invoice retur ID`) atau faktur pengganti bila \
                 harganya salah (`faktur invoice replace ID`). Periksa draf dengan `faktur calc` \
                 dan berkas impor dengan `faktur import FILE --dry-run`.",
            en: "Enter the actual unit price (above 0) and record any reduction as the line \
                 discount. To reduce an invoice that is already approved, make a nota retur for \
                 returned goods (`faktur invoice retur ID`) or a replacement invoice if the price \
                 was wrong (`faktur invoice replace ID`). Check a draft with `faktur calc` and an \
                 import file with `faktur import FILE --dry-run`.",
        },
    },
    Entry {
        code: "ETAX-30025",
        family: Family::EtaxFile,
        official: Some("Faktur sedang dalam proses upload ke DJP"),
        also_published: &[],
        message: Text {
            id: "Faktur sedang diunggah ke DJP",
            en: "The invoice is being uploaded to DJP",
        },
        cause: Text {
            id: "Faktur ini sudah dikirim dan sedang menunggu jawaban DJP, sehingga untuk \
                 sementara tidak dapat diubah, dihapus atau dikirim ulang.",
            en: "The invoice has been sent and is waiting for DJP's answer, so for now it cannot \
                 be edited, deleted or sent again.",
        },
        remedy: Text {
            id: "Tunggu sampai prosesnya selesai dan jangan mengubah atau mengunggah ulang faktur \
                 itu. Di OpenFaktur, `faktur sync status` menunjukkan apakah antrean diam, \
                 menunggu koneksi atau sedang mencoba lagi, beserta kesalahan terakhirnya; \
                 setelah faktur disetujui, perubahan dilakukan lewat faktur pengganti (`faktur \
                 invoice replace ID`). Di e-Faktur desktop, bila statusnya tertahan lama, tutup \
                 dan buka ulang aplikasi lalu periksa status approval faktur tersebut.",
            en: "Wait for the process to finish and do not edit or upload the invoice again. In \
                 OpenFaktur, `faktur sync status` shows whether the outbox is idle, waiting for a \
                 connection or retrying, with its last error; once the invoice is approved, \
                 changes go through a replacement invoice (`faktur invoice replace ID`). In the \
                 e-Faktur desktop, if the status stays stuck for long, close and reopen the \
                 application and check the invoice's approval status.",
        },
    },
    Entry {
        code: "ETAX-30026",
        family: Family::EtaxFile,
        official: Some("Faktur sudah diapproved oleh DJP"),
        also_published: &[],
        message: Text {
            id: "Faktur sudah disetujui DJP",
            en: "The invoice is already approved by DJP",
        },
        cause: Text {
            id: "Faktur yang hendak diubah, dihapus atau diunggah ulang sudah berstatus approval \
                 sukses. Faktur yang telah disetujui DJP tidak dapat diubah lagi.",
            en: "The invoice you tried to edit, delete or upload again already has the status \
                 approval sukses. An invoice approved by DJP can no longer be changed.",
        },
        remedy: Text {
            id: "Untuk mengoreksi isinya, buat faktur pengganti dengan `faktur invoice replace \
                 ID`; untuk membatalkan transaksinya, gunakan `faktur invoice cancel ID`; untuk \
                 barang yang dikembalikan, buat nota retur dengan `faktur invoice retur ID`. Di \
                 e-Faktur desktop, gunakan fungsi faktur pengganti atau pembatalan, bukan \
                 mengedit faktur aslinya.",
            en: "To correct its content, make a replacement invoice with `faktur invoice replace \
                 ID`; to cancel the transaction, use `faktur invoice cancel ID`; for returned \
                 goods, make a nota retur with `faktur invoice retur ID`. In the e-Faktur \
                 desktop, use the replacement or cancellation function instead of editing the \
                 original invoice.",
        },
    },
    Entry {
        code: "ETAX-30027",
        family: Family::EtaxFile,
        official: Some("Tanggal Faktur sebelum ETAX ready"),
        also_published: &[],
        message: Text {
            id: "Tanggal faktur sebelum PKP wajib e-Faktur",
            en: "The invoice date is before the PKP's e-Faktur start date",
        },
        cause: Text {
            id: "Tanggal faktur lebih awal daripada tanggal PKP ditetapkan wajib membuat faktur \
                 pajak dengan e-Faktur. Faktur bertanggal sebelum tanggal itu bukan e-Faktur, \
                 sehingga tidak dapat direkam atau diunggah sebagai e-Faktur.",
            en: "The invoice date is earlier than the date from which the PKP was designated to \
                 issue tax invoices through e-Faktur. An invoice dated before then is not an \
                 e-Faktur, so it cannot be recorded or uploaded as one.",
        },
        remedy: Text {
            id: "Periksa tanggal fakturnya; bila salah ketik (misalnya tahunnya keliru), perbaiki \
                 di draf atau di kolom TANGGAL_FAKTUR berkas impor, lalu cek dengan `faktur \
                 import FILE --dry-run`. Bila tanggalnya memang benar, faktur itu tunduk pada \
                 aturan sebelum e-Faktur dan tidak direkam sebagai e-Faktur; tanyakan ke KPP bila \
                 tanggal penetapan Anda sebagai pengguna e-Faktur keliru.",
            en: "Check the invoice date; if it is a typo (a wrong year, for example), fix it in \
                 the draft or in the TANGGAL_FAKTUR column of the import file, then check with \
                 `faktur import FILE --dry-run`. If the date is right, the invoice falls under \
                 the rules before e-Faktur and is not recorded as an e-Faktur; ask your KPP if \
                 the date of your designation as an e-Faktur user is wrong.",
        },
    },
    Entry {
        code: "ETAX-30028",
        family: Family::EtaxFile,
        official: Some("Tanggal salah"),
        also_published: &[],
        message: Text {
            id: "Tanggal tidak valid",
            en: "Invalid date",
        },
        cause: Text {
            id: "Sebuah tanggal tidak dapat diterima: tanggal itu tidak ada di kalender (misalnya \
                 31/2), bentuknya bukan hari/bulan/tahun, atau tidak cocok dengan data lain \
                 seperti masa pajak atau tanggal dokumen yang dirujuk. Jam dan tanggal komputer \
                 yang salah juga dapat memicunya.",
            en: "A date cannot be accepted: it does not exist in the calendar (such as 31/2), it \
                 is not in day/month/year form, or it does not fit other data such as the tax \
                 period or the date of the referenced document. A wrong computer clock can also \
                 trigger it.",
        },
        remedy: Text {
            id: "Tulis tanggal di berkas CSV sebagai hari/bulan/tahun (misalnya 15/3/2024) dan di \
                 draf JSON sebagai YYYY-MM-DD. `faktur import FILE --dry-run` menunjukkan baris \
                 dan kolom setiap tanggal yang salah, dan `faktur doctor` memeriksa jam komputer.",
            en: "Write dates in the CSV file as day/month/year (for example 15/3/2024) and in the \
                 JSON draft as YYYY-MM-DD. `faktur import FILE --dry-run` shows the row and \
                 column of each bad date, and `faktur doctor` checks the computer clock.",
        },
    },
    Entry {
        code: "ETAX-30029",
        family: Family::EtaxFile,
        official: Some("Nomor Faktur tidak benar"),
        also_published: &[],
        message: Text {
            id: "Nomor faktur tidak benar",
            en: "Incorrect invoice number",
        },
        cause: Text {
            id: "Ada dua sebab yang dikenal: dua digit tahun pada nomor seri (yy pada \
                 xxx-yy.xxxxxxxx) tidak sama dengan tahun tanggal faktur, atau dokumen lain yang \
                 hendak diganti belum pernah direkam di aplikasi ini.",
            en: "There are two known causes: the two year digits of the serial number (yy in \
                 xxx-yy.xxxxxxxx) differ from the year of the invoice date, or the dokumen lain \
                 being replaced was never recorded in this application.",
        },
        remedy: Text {
            id: "Pakai NSFP yang diterbitkan untuk tahun faktur tersebut, atau perbaiki \
                 tanggalnya bila tahunnya salah ketik. Untuk mengganti dokumen lain, rekam atau \
                 impor dulu dokumen aslinya, baru buat penggantinya dengan merujuk nomornya. \
                 `faktur import FILE --dry-run` menandai baris yang nomornya tidak cocok.",
            en: "Use an NSFP issued for the invoice's year, or correct the date if the year was \
                 mistyped. To replace a dokumen lain, first record or import the original \
                 document, then make its replacement referring to its number. `faktur import FILE \
                 --dry-run` flags the rows whose number does not match.",
        },
    },
    Entry {
        code: "ETAX-30030",
        family: Family::EtaxFile,
        official: Some("Nomor Retur sudah terdaftar"),
        also_published: &[],
        message: Text {
            id: "Nomor retur sudah terdaftar",
            en: "Retur number already recorded",
        },
        cause: Text {
            id: "Nomor dokumen retur yang direkam atau diimpor sudah dipakai nota retur lain, \
                 padahal satu nomor hanya boleh untuk satu retur. Ini sering terjadi bila berkas \
                 impor yang sama diimpor dua kali.",
            en: "The retur document number being recorded or imported is already used by another \
                 nota retur, and one number may belong to one retur only. It often happens when \
                 the same import file is imported twice.",
        },
        remedy: Text {
            id: "Bila retur itu memang sudah tercatat, jangan merekamnya lagi dan hapus barisnya \
                 dari berkas impor. Bila ini retur lain, beri nomor dokumen retur baru yang unik. \
                 Periksa berkasnya dengan `faktur import FILE --dry-run` sebelum mengimpor; impor \
                 OpenFaktur bersifat semua atau tidak sama sekali kecuali memakai `--partial`.",
            en: "If the retur is already recorded, do not record it again and remove its row from \
                 the import file. If it is a different retur, give it a new, unique retur \
                 document number. Check the file with `faktur import FILE --dry-run` before \
                 importing; an OpenFaktur import is all-or-nothing unless `--partial` is given.",
        },
    },
    Entry {
        code: "ETAX-30031",
        family: Family::EtaxFile,
        official: Some("Dokumen Lain tidak lengkap"),
        also_published: &[],
        message: Text {
            id: "Dokumen lain tidak lengkap",
            en: "Incomplete other document (dokumen lain)",
        },
        cause: Text {
            id: "Baris dokumen lain pada berkas CSV tidak sesuai skema: sel pertamanya bukan DK \
                 (keluaran) atau DM (masukan), atau jumlah dan urutan kolomnya salah.",
            en: "A dokumen lain row of the CSV file does not follow the schema: its first cell is \
                 not DK (output) or DM (input), or the number or order of its columns is wrong.",
        },
        remedy: Text {
            id: "Awali setiap baris dokumen lain dengan DK atau DM dan ikuti susunan kolom \
                 dokumen lain yang berlaku. `faktur import FILE --dry-run` menunjukkan baris dan \
                 kolom yang salah.",
            en: "Start each dokumen lain row with DK or DM and follow the current dokumen lain \
                 column layout. `faktur import FILE --dry-run` shows the row and column that are \
                 wrong.",
        },
    },
];
