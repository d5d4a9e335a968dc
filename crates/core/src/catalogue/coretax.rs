//! Coretax and DJP account codes.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "DJP-SIGN-MASTER",
        family: Family::Coretax,
        official: None,
        also_published: &[],
        message: Text {
            id: "Penandatanganan gagal karena passphrase tersimpan di cache",
            en: "Signing failed because of a cached passphrase",
        },
        cause: Text {
            id: "Coretax gagal menandatangani dokumen secara elektronik karena browser masih \
                 menyimpan passphrase atau data sertifikat lama di cache, sehingga data terbaru \
                 tidak terpakai.",
            en: "Coretax could not sign the document electronically because the browser still \
                 keeps an old passphrase or certificate data in its cache, so the current data \
                 is not used.",
        },
        remedy: Text {
            id: "Keluar dari Coretax, hapus cache dan cookie browser untuk situs Coretax (atau \
                 pakai jendela penyamaran), masuk lagi, lalu tanda tangani ulang dengan \
                 passphrase yang benar. Bila fakturnya terlanjur berstatus Saved Invalid, kirim \
                 ulang satu per satu setelah penandatanganan berhasil.",
            en: "Log out of Coretax, clear the browser cache and cookies for the Coretax site \
                 (or use a private window), log in again and sign again with the right \
                 passphrase. If invoices have already fallen to Saved Invalid, submit them again \
                 one by one once signing works.",
        },
    },
    Entry {
        code: "NPWP16SERVICE-00008",
        family: Family::Coretax,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nama pembeli tidak cocok dengan nama terdaftar",
            en: "Buyer name does not match the registered name",
        },
        cause: Text {
            id: "Layanan validasi NPWP 16 digit membandingkan nama pembeli pada faktur dengan \
                 nama yang terdaftar untuk NPWP atau NIK-nya, dan kemiripannya kurang dari 50 %. \
                 Kode ini muncul bersama ETAX-API-00031.",
            en: "The 16-digit NPWP validation service compared the buyer name on the invoice \
                 with the name registered for its NPWP or NIK and found them less than 50 % \
                 alike. The code comes together with ETAX-API-00031.",
        },
        remedy: Text {
            id: "Samakan nama pembeli dengan nama pada kartu NPWP, surat keterangan terdaftar, \
                 atau KTP-nya (tanpa gelar, singkatan, atau nama dagang), lalu rekam ulang \
                 faktur dengan `faktur invoice create`. Bila data di DJP yang sudah usang, minta \
                 pembeli memperbaruinya di KPP atau di Coretax.",
            en: "Make the buyer name match its NPWP card, registration certificate or KTP (no \
                 titles, abbreviations or trading names), then record the invoice again with \
                 `faktur invoice create`. If it is DJP's record that is out of date, ask the \
                 buyer to update it at its KPP or in Coretax.",
        },
    },
    Entry {
        code: "REG-KODJP-00003",
        family: Family::Coretax,
        official: None,
        also_published: &[],
        message: Text {
            id: "Sertifikat elektronik tidak terdeteksi",
            en: "Electronic certificate not detected",
        },
        cause: Text {
            id: "Coretax tidak menemukan sertifikat elektronik atau kode otorisasi DJP untuk \
                 akun ini: belum pernah diminta, belum aktif, atau browser memakai data lama \
                 dari cache.",
            en: "Coretax cannot find an electronic certificate or DJP authorisation code for \
                 this account: it was never requested, is not active yet, or the browser is \
                 using stale cached data.",
        },
        remedy: Text {
            id: "Hapus cache dan cookie browser untuk situs Coretax, masuk lagi, lalu ulangi. \
                 Bila masih muncul, buka Portal Saya dan pastikan kode otorisasi atau sertifikat \
                 elektronik sudah diminta dan aktif; bila belum, ajukan permintaannya di sana.",
            en: "Clear the browser cache and cookies for the Coretax site, log in again and \
                 retry. If it still appears, open Portal Saya and make sure the authorisation \
                 code or electronic certificate has been requested and is active; if not, \
                 request it there.",
        },
    },
    Entry {
        code: "REG-KODJP-00024",
        family: Family::Coretax,
        official: None,
        also_published: &[],
        message: Text {
            id: "Passphrase salah",
            en: "Wrong passphrase",
        },
        cause: Text {
            id: "Passphrase yang dimasukkan untuk sertifikat elektronik atau kode otorisasi DJP \
                 tidak cocok, misalnya karena huruf besar dan kecil tertukar atau browser \
                 mengisikan passphrase lama dari cache.",
            en: "The passphrase entered for the electronic certificate or DJP authorisation code \
                 does not match, for example because upper and lower case were mixed up or the \
                 browser filled in an old passphrase from its cache.",
        },
        remedy: Text {
            id: "Hapus cache dan isian otomatis browser untuk situs Coretax, lalu ketik ulang \
                 passphrase secara manual dengan memperhatikan huruf besar dan kecil. Bila \
                 passphrase terlupa, ajukan kode otorisasi atau sertifikat elektronik baru \
                 melalui Portal Saya.",
            en: "Clear the browser cache and saved form entries for the Coretax site, then type \
                 the passphrase by hand, minding upper and lower case. If the passphrase is \
                 forgotten, request a new authorisation code or electronic certificate through \
                 Portal Saya.",
        },
    },
];
