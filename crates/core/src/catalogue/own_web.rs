//! OpenFaktur's own codes of the web app and API (FKT-7xxx): sign-in,
//! roles, CSRF, limits.

use super::{Entry, Family, Text};

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: "FKT-7001",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Perlu masuk (login)",
            en: "Sign-in required",
        },
        cause: Text {
            id: "Permintaan ini tidak membawa sesi yang masih berlaku atau token API yang sah: belum masuk, sesi sudah berakhir, atau token sudah dicabut.",
            en: "The request carries no live session or valid API token: not signed in, the session expired, or the token was revoked.",
        },
        remedy: Text {
            id: "Masuk lagi di halaman login, atau kirim `Authorization: Bearer <token>` dengan token yang masih berlaku (Admin › Token API).",
            en: "Sign in again on the login page, or send `Authorization: Bearer <token>` with a token that is still valid (Admin › API tokens).",
        },
    },
    Entry {
        code: "FKT-7002",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Peran Anda tidak mengizinkan tindakan ini",
            en: "Your role does not allow this",
        },
        cause: Text {
            id: "Setiap pengguna dan token memiliki satu peran per perusahaan (viewer, maker, approver, admin); tindakan ini memerlukan peran yang lebih tinggi.",
            en: "Each user and token holds one role per company (viewer, maker, approver, admin); this action needs a higher one.",
        },
        remedy: Text {
            id: "Minta admin perusahaan memberi peran yang sesuai, atau gunakan token dengan peran tersebut.",
            en: "Ask the company's admin for the role it needs, or use a token that holds it.",
        },
    },
    Entry {
        code: "FKT-7003",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Nama pengguna atau kata sandi salah",
            en: "Wrong user name or password",
        },
        cause: Text {
            id: "Tidak ada pengguna aktif dengan nama itu, atau kata sandinya tidak cocok. Pesannya sengaja sama untuk kedua kasus.",
            en: "No active user has that name, or the password does not match. The message is the same for both on purpose.",
        },
        remedy: Text {
            id: "Periksa nama pengguna dan kata sandi (huruf besar/kecil berpengaruh). Admin dapat menetapkan kata sandi baru.",
            en: "Check the user name and password (case matters). An admin can set a new password.",
        },
    },
    Entry {
        code: "FKT-7004",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Terlalu banyak percobaan masuk yang gagal",
            en: "Too many failed sign-in attempts",
        },
        cause: Text {
            id: "Nama pengguna ini gagal masuk berkali-kali dalam waktu singkat; percobaan berikutnya ditahan sementara untuk menghalangi penebakan kata sandi.",
            en: "This user name failed to sign in many times in a short while; further attempts are held back for a while to stop password guessing.",
        },
        remedy: Text {
            id: "Tunggu beberapa menit lalu coba lagi dengan kata sandi yang benar, atau minta admin menetapkan kata sandi baru.",
            en: "Wait a few minutes and try again with the right password, or ask an admin to set a new one.",
        },
    },
    Entry {
        code: "FKT-7005",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Token formulir (CSRF) tidak ada atau tidak cocok",
            en: "Form token (CSRF) missing or wrong",
        },
        cause: Text {
            id: "Perubahan lewat sesi peramban harus membawa token CSRF sesi itu (isian tersembunyi `csrf` atau header `X-CSRF-Token`). Tanpanya, situs lain dapat mengirim perubahan atas nama Anda.",
            en: "Changes made through a browser session must carry that session's CSRF token (hidden field `csrf` or header `X-CSRF-Token`). Without it another site could send changes in your name.",
        },
        remedy: Text {
            id: "Muat ulang halaman lalu kirim lagi formulirnya. Skrip yang memakai cookie sesi harus mengirim header `X-CSRF-Token`; lebih baik gunakan token API.",
            en: "Reload the page and send the form again. Scripts that use the session cookie must send the `X-CSRF-Token` header; better, use an API token.",
        },
    },
    Entry {
        code: "FKT-7006",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Unggahan atau permintaan terlalu besar",
            en: "Upload or request too large",
        },
        cause: Text {
            id: "Badan permintaan melebihi batas server (unggahan 50 MB secara bawaan, draf JSON 1 MB).",
            en: "The request body is larger than the server's limit (uploads 50 MB by default, JSON drafts 1 MB).",
        },
        remedy: Text {
            id: "Pecah berkas menjadi beberapa bagian, atau jalankan server dengan `--upload-limit-mb` yang lebih besar; untuk berkas sangat besar gunakan `faktur import` di baris perintah.",
            en: "Split the file, or run the server with a larger `--upload-limit-mb`; for very large files use `faktur import` on the command line.",
        },
    },
    Entry {
        code: "FKT-7007",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Permintaan melewati batas waktu",
            en: "The request took too long",
        },
        cause: Text {
            id: "Server menghentikan permintaan yang berjalan lebih lama dari batas waktunya (`--request-timeout`), agar server tetap melayani yang lain. Tidak ada perubahan setengah jalan: setiap penulisan adalah satu transaksi.",
            en: "The server stopped a request that ran longer than its limit (`--request-timeout`) so that it keeps serving others. Nothing is half-written: every write is one transaction.",
        },
        remedy: Text {
            id: "Coba lagi; untuk pekerjaan besar (impor jutaan baris) gunakan baris perintah atau naikkan `--request-timeout`.",
            en: "Try again; for large jobs (importing millions of rows) use the command line or raise `--request-timeout`.",
        },
    },
    Entry {
        code: "FKT-7008",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Tidak ditemukan",
            en: "Not found",
        },
        cause: Text {
            id: "Alamat atau data yang diminta tidak ada bagi Anda: tidak pernah ada, sudah dihapus, atau milik perusahaan lain (yang sengaja dijawab sama).",
            en: "The address or record asked for does not exist for you: it never did, it was removed, or it belongs to another company (answered the same on purpose).",
        },
        remedy: Text {
            id: "Periksa alamat dan nomor datanya, dan perusahaan yang sedang aktif di sesi atau token Anda.",
            en: "Check the address and the record's id, and which company your session or token works in.",
        },
    },
    Entry {
        code: "FKT-7009",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Data pengguna, peran atau token tidak sah",
            en: "Invalid user, role or token data",
        },
        cause: Text {
            id: "Nama pengguna sudah dipakai atau tidak sah, kata sandi terlalu pendek (minimal 10 karakter), peran tidak dikenal (viewer, maker, approver, admin), atau perusahaan tidak ada.",
            en: "The user name is taken or invalid, the password is too short (10 characters at least), the role is unknown (viewer, maker, approver, admin), or the company does not exist.",
        },
        remedy: Text {
            id: "Perbaiki isian yang disebut dalam rincian kesalahan lalu kirim lagi.",
            en: "Fix the field named in the error's details and send again.",
        },
    },
    Entry {
        code: "FKT-7010",
        family: Family::OpenFaktur,
        official: None,
        also_published: &[],
        message: Text {
            id: "Badan permintaan tidak sah",
            en: "Malformed request body",
        },
        cause: Text {
            id: "Badan permintaan bukan JSON yang sah untuk alamat ini, atau formulir/berkas yang diunggah tidak lengkap.",
            en: "The request body is not valid JSON for this address, or the form or uploaded file is incomplete.",
        },
        remedy: Text {
            id: "Kirim badan sesuai dokumen OpenAPI (`/api/openapi.json`), dengan `Content-Type` yang benar.",
            en: "Send the body the OpenAPI document (`/api/openapi.json`) describes, with the right `Content-Type`.",
        },
    },
];
