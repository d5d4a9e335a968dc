//! ETAX-4xxxx (connection, registration, update) and ETAX-5xxxx (SPT).

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "ETAX-40001",
        family: Family::EtaxNetwork,
        official: Some("Tidak dapat menghubungi E-TaxInvoice Server"),
        also_published: &[],
        message: Text {
            id: "Server e-Faktur DJP tidak dapat dihubungi",
            en: "Cannot reach the DJP e-Faktur server",
        },
        cause: Text {
            id: "Aplikasi tidak mendapat jawaban dari server e-Faktur DJP: internet putus, alamat \
                 svc.efaktur.pajak.go.id diblokir proxy atau firewall, jam komputer salah, atau \
                 sertifikat elektronik kedaluwarsa atau dicabut. Varian yang diakhiri kata \
                 \"null\" biasanya muncul setelah peringatan passphrase salah diabaikan, atau \
                 setelah NPWP diganti tanpa memuat ulang sertifikat.",
            en: "The application got no answer from the DJP e-Faktur server: the internet is \
                 down, svc.efaktur.pajak.go.id is blocked by a proxy or firewall, the computer \
                 clock is wrong, or the electronic certificate has expired or been revoked. The \
                 variant ending in \"null\" usually follows an ignored wrong-passphrase warning, \
                 or an NPWP change made without reloading the certificate.",
        },
        remedy: Text {
            id: "Di OpenFaktur ini tidak menghentikan pekerjaan: faktur tersimpan lokal dan \
                 antrean unggah mencoba lagi sendiri; `faktur sync status` menunjukkan keadaannya \
                 dan `faktur doctor` memeriksa sambungan ke otoritas serta jam komputer. Di \
                 e-Faktur desktop: periksa internet dan pengaturan proxy di Referensi › Setting \
                 Aplikasi, izinkan svc.efaktur.pajak.go.id di firewall, samakan jam komputer, \
                 muat ulang sertifikat dengan passphrase yang benar, dan ajukan sertifikat \
                 elektronik baru bila yang lama kedaluwarsa atau dicabut.",
            en: "In OpenFaktur this does not stop your work: invoices are saved locally and the \
                 upload outbox retries on its own; `faktur sync status` shows its state and \
                 `faktur doctor` checks the connection to the authority and the clock. In the \
                 e-Faktur desktop: check the internet and the proxy settings under Referensi › \
                 Setting Aplikasi, allow svc.efaktur.pajak.go.id in the firewall, set the clock \
                 right, reload the certificate with the correct passphrase, and apply for a new \
                 electronic certificate if the old one expired or was revoked.",
        },
    },
    Entry {
        code: "ETAX-40002",
        family: Family::EtaxNetwork,
        official: Some("Error di service"),
        also_published: &[],
        message: Text {
            id: "Layanan DJP mengembalikan kesalahan",
            en: "The DJP service returned an error",
        },
        cause: Text {
            id: "Permintaan gagal diproses oleh layanan DJP. Biasanya lalu lintas ke \
                 svc.efaktur.pajak.go.id terganggu firewall, antivirus atau proxy, tanggal dan \
                 jam komputer salah, sertifikat elektronik rusak atau kedaluwarsa, atau \
                 passphrase yang dimasukkan keliru.",
            en: "The DJP service failed to process the request. Usually traffic to \
                 svc.efaktur.pajak.go.id is disturbed by a firewall, antivirus or proxy, the \
                 computer's date and time are wrong, the electronic certificate is damaged or \
                 expired, or the passphrase entered is wrong.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop: izinkan svc.efaktur.pajak.go.id di firewall dan antivirus \
                 atau pakai koneksi langsung tanpa proxy, setel jam komputer agar sinkron \
                 otomatis, lalu login ulang dengan passphrase yang benar; bila sertifikat rusak \
                 atau kedaluwarsa, ajukan yang baru. Di OpenFaktur, `faktur doctor` memeriksa \
                 sambungan dan jam, sementara antrean unggah mencoba lagi sendiri (`faktur sync \
                 status`).",
            en: "In the e-Faktur desktop: allow svc.efaktur.pajak.go.id in the firewall and \
                 antivirus or use a direct connection without a proxy, set the computer clock to \
                 synchronise automatically, then log in again with the correct passphrase; if the \
                 certificate is damaged or expired, apply for a new one. In OpenFaktur, `faktur \
                 doctor` checks the connection and the clock, while the upload outbox retries on \
                 its own (`faktur sync status`).",
        },
    },
    Entry {
        code: "ETAX-40003",
        family: Family::EtaxNetwork,
        official: Some("Error di service session"),
        also_published: &[],
        message: Text {
            id: "Sesi layanan DJP bermasalah",
            en: "DJP service session error",
        },
        cause: Text {
            id: "Sesi login ke layanan DJP sudah berakhir atau tidak dikenali lagi, misalnya \
                 karena aplikasi lama tidak dipakai atau koneksi sempat putus di tengah proses.",
            en: "The login session with the DJP service has ended or is no longer recognised, for \
                 example because the application sat idle for long or the connection dropped in \
                 the middle of a process.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, keluar lalu login kembali (bila perlu tutup dan buka ulang \
                 aplikasinya), kemudian ulangi prosesnya. Di OpenFaktur, pengiriman yang gagal \
                 karena sesi diulang sendiri oleh antrean unggah; pantau dengan `faktur sync \
                 status`.",
            en: "In the e-Faktur desktop, log out and log in again (close and reopen the \
                 application if needed), then repeat the process. In OpenFaktur, a send that \
                 failed on the session is retried by the upload outbox on its own; watch it with \
                 `faktur sync status`.",
        },
    },
    Entry {
        code: "ETAX-40004",
        family: Family::EtaxNetwork,
        official: Some("User tidak dapat mengakses service"),
        also_published: &[],
        message: Text {
            id: "Pengguna tidak dapat mengakses layanan DJP",
            en: "The user cannot access the DJP service",
        },
        cause: Text {
            id: "Login ke layanan DJP ditolak: captcha, kata sandi atau passphrase sertifikat \
                 elektronik salah, atau komputer sedang tidak tersambung ke internet.",
            en: "Login to the DJP service was refused: the captcha, the password or the \
                 electronic certificate's passphrase is wrong, or the computer is not connected \
                 to the internet.",
        },
        remedy: Text {
            id: "Ketik ulang captcha, kata sandi dan passphrase dengan teliti (huruf besar dan \
                 kecil dibedakan) dan pastikan internet tersambung. Bila tetap ditolak, pastikan \
                 sertifikat elektronik yang terpasang milik NPWP ini dan masih berlaku. Di \
                 OpenFaktur, `faktur doctor` memeriksa sambungan ke otoritas.",
            en: "Retype the captcha, the password and the passphrase carefully (upper and lower \
                 case differ) and make sure the internet is connected. If it is still refused, \
                 make sure the installed electronic certificate belongs to this NPWP and is still \
                 valid. In OpenFaktur, `faktur doctor` checks the connection to the authority.",
        },
    },
    Entry {
        code: "ETAX-40005",
        family: Family::EtaxNetwork,
        official: Some("Error di service registrasi"),
        also_published: &[],
        message: Text {
            id: "Registrasi aplikasi ke DJP gagal",
            en: "Registering the application with DJP failed",
        },
        cause: Text {
            id: "Registrasi (aktivasi) aplikasi e-Faktur ke server DJP ditolak: passphrase salah, \
                 kode aktivasi salah tulis, atau captcha atau kata sandi keliru. Laporan tahun \
                 2024 menambahkan dua sebab: kode aktivasi sudah pernah dipakai, atau aplikasinya \
                 perlu di-reset.",
            en: "Registering (activating) the e-Faktur application with the DJP server was \
                 refused: the passphrase is wrong, the activation code is mistyped, or the \
                 captcha or password is wrong. Reports from 2024 add two causes: the activation \
                 code was already used, or the application needs a reset.",
        },
        remedy: Text {
            id: "Ketik kode aktivasi persis seperti yang diterima, yaitu huruf kapital dan angka \
                 tanpa spasi atau tanda baca, lalu masukkan passphrase, captcha dan kata sandi \
                 dengan benar. Bila kodenya sudah terpakai atau registrasi tetap gagal, minta \
                 reset atau kode aktivasi baru ke KPP tempat PKP terdaftar. Di OpenFaktur, \
                 perusahaan didaftarkan dengan `faktur company init`.",
            en: "Type the activation code exactly as received, in capital letters and digits \
                 without spaces or punctuation, then enter the passphrase, captcha and password \
                 correctly. If the code was already used or registration still fails, ask the KPP \
                 where the PKP is registered for a reset or a new activation code. In OpenFaktur, \
                 a company is registered with `faktur company init`.",
        },
    },
    Entry {
        code: "ETAX-40006",
        family: Family::EtaxNetwork,
        official: Some("Error update (URL format salah)"),
        also_published: &[],
        message: Text {
            id: "Pembaruan aplikasi gagal",
            en: "Application update failed",
        },
        cause: Text {
            id: "Pembaruan otomatis e-Faktur desktop tidak dapat berjalan karena fitur itu \
                 dimatikan atau alamat pembaruannya tidak berlaku, sehingga aplikasi tidak dapat \
                 mengunduh versi baru sendiri.",
            en: "The e-Faktur desktop's automatic update cannot run because the feature is \
                 switched off or its update address is not valid, so the application cannot \
                 download a new version by itself.",
        },
        remedy: Text {
            id: "Perbarui secara manual: cadangkan folder db, unduh paket atau patch terbaru dari \
                 efaktur.pajak.go.id/aplikasi, lalu pasang sesuai petunjuk DJP. Kode ini hanya \
                 berasal dari e-Faktur desktop; OpenFaktur tidak memakai mekanisme pembaruan \
                 tersebut.",
            en: "Update by hand: back up the db folder, download the latest package or patch from \
                 efaktur.pajak.go.id/aplikasi, and install it following DJP's instructions. This \
                 code only comes from the e-Faktur desktop; OpenFaktur does not use that update \
                 mechanism.",
        },
    },
    Entry {
        code: "ETAX-40007",
        family: Family::EtaxNetwork,
        official: Some("URL tidak sesuai dengan format"),
        also_published: &[],
        message: Text {
            id: "Format alamat (URL) salah",
            en: "Malformed address (URL)",
        },
        cause: Text {
            id: "Alamat server, proxy atau pembaruan yang tersimpan di pengaturan aplikasi bukan \
                 URL yang sah, misalnya tanpa https://, berisi spasi, atau terpotong.",
            en: "The server, proxy or update address stored in the application settings is not a \
                 valid URL, for example it lacks https://, contains spaces, or is cut short.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, buka Referensi › Setting Aplikasi, betulkan alamat server \
                 dan proxy (lengkap dengan https:// dan tanpa spasi) atau kembalikan ke nilai \
                 bawaannya, lalu simpan dan buka ulang aplikasi. Di OpenFaktur, `faktur doctor` \
                 memeriksa konfigurasi, termasuk alamat otoritas.",
            en: "In the e-Faktur desktop, open Referensi › Setting Aplikasi, correct the server \
                 and proxy addresses (complete with https:// and without spaces) or restore their \
                 defaults, then save and reopen the application. In OpenFaktur, `faktur doctor` \
                 checks the configuration, including the authority address.",
        },
    },
    Entry {
        code: "ETAX-40008",
        family: Family::EtaxNetwork,
        official: Some("Versi Aplikasi E-Faktur belum terupdate"),
        also_published: &[],
        message: Text {
            id: "Versi aplikasi e-Faktur belum diperbarui",
            en: "The e-Faktur application is out of date",
        },
        cause: Text {
            id: "Versi e-Faktur desktop yang terpasang lebih lama daripada versi minimum yang \
                 diterima server DJP, sehingga login atau unggah ditolak sampai aplikasinya \
                 diperbarui.",
            en: "The installed e-Faktur desktop is older than the minimum version the DJP server \
                 accepts, so login or upload is refused until the application is updated.",
        },
        remedy: Text {
            id: "Cadangkan folder db, unduh versi atau patch terbaru dari \
                 efaktur.pajak.go.id/aplikasi, pasang, lalu jalankan aplikasi dalam keadaan \
                 online agar database ikut diperbarui. Setelah itu ulangi login atau unggahnya.",
            en: "Back up the db folder, download the latest version or patch from \
                 efaktur.pajak.go.id/aplikasi, install it, then start the application online so \
                 that the database is updated as well. Then repeat the login or upload.",
        },
    },
    Entry {
        code: "ETAX-40009",
        family: Family::EtaxNetwork,
        official: Some("Tidak dapat meload konfigurasi aplikasi"),
        also_published: &[],
        message: Text {
            id: "Konfigurasi aplikasi tidak dapat dimuat",
            en: "Cannot load the application configuration",
        },
        cause: Text {
            id: "Berkas konfigurasi aplikasi tidak ditemukan, rusak (misalnya setelah diedit \
                 manual atau komputer mati mendadak), atau tidak dapat dibaca karena hak akses \
                 atau antivirus.",
            en: "The application's configuration file is missing, damaged (for example after a \
                 manual edit or a sudden power loss), or unreadable because of permissions or \
                 antivirus.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, kembalikan berkas konfigurasi dari paket instalasi versi \
                 yang sama atau pasang ulang aplikasi setelah mencadangkan folder db, dan \
                 pastikan folder aplikasi dapat dibaca. Di OpenFaktur, `faktur doctor` memeriksa \
                 konfigurasi dan menunjukkan pengaturan yang salah.",
            en: "In the e-Faktur desktop, restore the configuration file from an installation \
                 package of the same version, or reinstall the application after backing up the \
                 db folder, and make sure the application folder is readable. In OpenFaktur, \
                 `faktur doctor` checks the configuration and points out wrong settings.",
        },
    },
    Entry {
        code: "ETAX-40010",
        family: Family::EtaxNetwork,
        official: Some("Tidak dapat menyimpan konfigurasi aplikasi"),
        also_published: &[],
        message: Text {
            id: "Konfigurasi aplikasi tidak dapat disimpan",
            en: "Cannot save the application configuration",
        },
        cause: Text {
            id: "Aplikasi tidak diizinkan menulis ke foldernya sendiri, biasanya karena folder \
                 itu berada di drive atau lokasi yang hanya dapat ditulis dengan hak \
                 administrator (UAC Windows).",
            en: "The application is not allowed to write to its own folder, usually because the \
                 folder sits on a drive or location that can only be written with administrator \
                 rights (Windows UAC).",
        },
        remedy: Text {
            id: "Pindahkan folder e-Faktur ke lokasi yang dapat ditulis pengguna biasa (misalnya \
                 drive D atau folder dokumen pengguna), lalu jalankan aplikasi dari sana. Di \
                 OpenFaktur, tentukan folder data yang dapat ditulis dengan `--data-dir` atau \
                 `FAKTUR_HOME`, lalu periksa dengan `faktur doctor`.",
            en: "Move the e-Faktur folder to a location an ordinary user can write to (for \
                 example drive D or the user's documents folder), then run the application from \
                 there. In OpenFaktur, choose a writable data folder with `--data-dir` or \
                 `FAKTUR_HOME`, then check it with `faktur doctor`.",
        },
    },
    Entry {
        code: "ETAX-40011",
        family: Family::EtaxNetwork,
        official: Some("Tidak dapat melanjutkan"),
        also_published: &[],
        message: Text {
            id: "Proses tidak dapat dilanjutkan",
            en: "Cannot continue",
        },
        cause: Text {
            id: "Aplikasi menghentikan proses karena langkah sebelumnya gagal, misalnya \
                 registrasi, login, pemuatan konfigurasi atau pembaruan belum berhasil. Pesan ini \
                 biasanya muncul menyusul kesalahan lain.",
            en: "The application stopped the process because an earlier step failed, for example \
                 registration, login, loading the configuration or an update did not succeed. \
                 This message usually follows another error.",
        },
        remedy: Text {
            id: "Cari pesan atau kode kesalahan yang muncul sebelumnya dan selesaikan itu lebih \
                 dulu (`faktur explain KODE` menjelaskannya), lalu tutup dan buka ulang aplikasi \
                 dan ulangi prosesnya. Di OpenFaktur, `faktur doctor` memeriksa database, \
                 sambungan ke otoritas, jam dan konfigurasi sekaligus.",
            en: "Find the error message or code that appeared before and solve that first \
                 (`faktur explain CODE` explains it), then close and reopen the application and \
                 repeat the process. In OpenFaktur, `faktur doctor` checks the database, the \
                 connection to the authority, the clock and the configuration in one go.",
        },
    },
    Entry {
        code: "ETAX-50001",
        family: Family::EtaxSpt,
        official: Some("Tidak dapat mendapatkan summary dokumen PK PM"),
        also_published: &[],
        message: Text {
            id: "Ringkasan dokumen PK dan PM tidak dapat diambil",
            en: "Cannot get the summary of output and input tax documents",
        },
        cause: Text {
            id: "Saat SPT Masa PPN dibuat atau diposting, aplikasi gagal menghitung rekapitulasi \
                 dokumen pajak keluaran (PK) dan pajak masukan (PM) untuk masa itu. Penyebab yang \
                 lazim: sambungan ke database putus, data faktur rusak, atau posting dilakukan di \
                 database selain database bawaan.",
            en: "While building or posting the SPT Masa PPN, the application failed to total the \
                 output tax (PK) and input tax (PM) documents of the period. Usual causes: the \
                 database connection dropped, invoice data is damaged, or posting ran in a \
                 database other than the default one.",
        },
        remedy: Text {
            id: "Di OpenFaktur, jalankan ulang `faktur spt build YYYY-MM` (rekap dihitung ulang \
                 dari faktur yang tersimpan) dan periksa hasilnya dengan `faktur spt show \
                 YYYY-MM`; bila database dilaporkan bermasalah, jalankan `faktur db check`. Di \
                 e-Faktur desktop, sambungkan ulang database di Administrasi DB sampai muncul \
                 \"Linked Database\", pastikan Anda memakai database bawaan, lalu posting ulang \
                 SPT-nya.",
            en: "In OpenFaktur, run `faktur spt build YYYY-MM` again (the totals are recomputed \
                 from the stored invoices) and check the result with `faktur spt show YYYY-MM`; \
                 if the database is reported damaged, run `faktur db check`. In the e-Faktur \
                 desktop, reconnect the database in DB Administration until it shows \"Linked \
                 Database\", make sure you are in the default database, then post the SPT again.",
        },
    },
    Entry {
        code: "ETAX-50002",
        family: Family::EtaxSpt,
        official: Some("Tidak dapat membentuk SPT baru"),
        also_published: &[],
        message: Text {
            id: "SPT baru tidak dapat dibuat",
            en: "Cannot create a new SPT",
        },
        cause: Text {
            id: "Aplikasi gagal membuat SPT Masa PPN baru untuk masa dan pembetulan yang dipilih, \
                 misalnya karena SPT untuk masa dan pembetulan itu sudah ada, profil PKP belum \
                 lengkap, atau sambungan ke database terputus saat menyimpan.",
            en: "The application failed to create a new SPT Masa PPN for the chosen period and \
                 amendment number, for example because an SPT for that period and amendment \
                 already exists, the PKP profile is incomplete, or the database connection \
                 dropped while saving.",
        },
        remedy: Text {
            id: "Periksa apakah SPT masa itu sudah ada; bila ada, buka dan lanjutkan yang itu, \
                 dan untuk mengoreksi SPT yang sudah dilaporkan buatlah pembetulan. Di \
                 OpenFaktur, `faktur spt show YYYY-MM` menampilkan SPT yang ada, `faktur spt \
                 build YYYY-MM` menyusunnya dan `faktur spt amend YYYY-MM` membuat pembetulan; \
                 `faktur doctor` memeriksa database dan konfigurasi.",
            en: "Check whether the SPT for that period already exists; if so, open and continue \
                 that one, and to correct an SPT already filed, make an amendment (pembetulan). \
                 In OpenFaktur, `faktur spt show YYYY-MM` shows the existing SPT, `faktur spt \
                 build YYYY-MM` builds it and `faktur spt amend YYYY-MM` makes an amendment; \
                 `faktur doctor` checks the database and configuration.",
        },
    },
    Entry {
        code: "ETAX-50003",
        family: Family::EtaxSpt,
        official: Some("Tidak dapat membentuk SPT"),
        also_published: &[],
        message: Text {
            id: "SPT tidak dapat dibentuk",
            en: "Cannot build the SPT",
        },
        cause: Text {
            id: "Syarat penyusunan SPT belum terpenuhi: formulir Induk atau lampiran AB belum \
                 diisi dan disimpan; pembetulan dibuat padahal SPT normal masa itu belum ada di \
                 aplikasi; atau SPT lebih bayar belum menentukan kompensasi atau restitusi \
                 (pesannya lalu menyebut \"harus memilih kompensasi atau restitusi\").",
            en: "A precondition for building the SPT is not met: the Induk form or the AB \
                 attachment has not been filled in and saved; an amendment was started while the \
                 normal SPT of that period does not exist in the application; or an overpaid \
                 (lebih bayar) SPT has no choice between kompensasi and restitusi (the message \
                 then says \"harus memilih kompensasi atau restitusi\").",
        },
        remedy: Text {
            id: "Isi dan simpan Induk serta 1111 AB, buat SPT normal sebelum pembetulannya, dan \
                 untuk SPT lebih bayar pilih kompensasi ke masa berikutnya atau restitusi. Di \
                 OpenFaktur, susun SPT normal dengan `faktur spt build YYYY-MM` sebelum `faktur \
                 spt amend YYYY-MM`, dan periksa isinya dengan `faktur spt show YYYY-MM`.",
            en: "Fill in and save the Induk and the 1111 AB, build the normal SPT before its \
                 amendment, and for an overpaid SPT choose kompensasi into the next period or \
                 restitusi. In OpenFaktur, build the normal SPT with `faktur spt build YYYY-MM` \
                 before `faktur spt amend YYYY-MM`, and check its content with `faktur spt show \
                 YYYY-MM`.",
        },
    },
    Entry {
        code: "ETAX-50004",
        family: Family::EtaxSpt,
        official: Some("Tidak dapat membentuk file CSV"),
        also_published: &[],
        message: Text {
            id: "Berkas CSV SPT tidak dapat dibuat",
            en: "Cannot create the SPT CSV file",
        },
        cause: Text {
            id: "Data yang diperlukan untuk berkas CSV SPT belum lengkap, misalnya tanggal lapor \
                 belum diisi, atau profil PKP (NPWP, nama, alamat) belum lengkap.",
            en: "Data needed for the SPT CSV file is incomplete, for example the filing date \
                 (tanggal lapor) is empty, or the PKP profile (NPWP, name, address) is \
                 incomplete.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, isi tanggal lapor dan isian lain yang kosong, lengkapi \
                 profil PKP lewat Update Profile, simpan, lalu tekan Buat CSV lagi. Di \
                 OpenFaktur, `faktur spt show YYYY-MM` menampilkan isi SPT dan `faktur spt export \
                 YYYY-MM` membuat berkasnya. SPT kurang bayar memerlukan kode billing dan NTPN \
                 sebelum dilaporkan: catat pembayarannya dengan `faktur spt pay YYYY-MM`, baru \
                 kemudian `faktur spt file YYYY-MM`.",
            en: "In the e-Faktur desktop, fill in the filing date and any other empty field, \
                 complete the PKP profile through Update Profile, save, then press Buat CSV \
                 again. In OpenFaktur, `faktur spt show YYYY-MM` shows the SPT's content and \
                 `faktur spt export YYYY-MM` writes its file. A kurang bayar SPT needs a billing \
                 code and an NTPN before filing: record the payment with `faktur spt pay \
                 YYYY-MM`, and only then run `faktur spt file YYYY-MM`.",
        },
    },
    Entry {
        code: "ETAX-50005",
        family: Family::EtaxSpt,
        official: Some("Tidak dapat membentuk file PDF"),
        also_published: &[],
        message: Text {
            id: "Berkas PDF SPT tidak dapat dibuat",
            en: "Cannot create the SPT PDF file",
        },
        cause: Text {
            id: "Penyebabnya sama dengan ETAX-50004: data yang diperlukan untuk cetakan SPT belum \
                 lengkap, misalnya tanggal lapor belum diisi, atau profil PKP (NPWP, nama, \
                 alamat) belum lengkap.",
            en: "The causes are those of ETAX-50004: data needed for the SPT printout is \
                 incomplete, for example the filing date (tanggal lapor) is empty, or the PKP \
                 profile (NPWP, name, address) is incomplete.",
        },
        remedy: Text {
            id: "Di e-Faktur desktop, isi tanggal lapor dan isian lain yang kosong, lengkapi \
                 profil PKP lewat Update Profile, simpan, lalu tekan Buat PDF lagi; tutup dulu \
                 PDF lama yang masih terbuka. Di OpenFaktur, periksa isi SPT dengan `faktur spt \
                 show YYYY-MM` dan buat berkasnya dengan `faktur spt export YYYY-MM`.",
            en: "In the e-Faktur desktop, fill in the filing date and any other empty field, \
                 complete the PKP profile through Update Profile, save, then press Buat PDF \
                 again; close any old PDF that is still open first. In OpenFaktur, check the \
                 SPT's content with `faktur spt show YYYY-MM` and write its file with `faktur spt \
                 export YYYY-MM`.",
        },
    },
];
