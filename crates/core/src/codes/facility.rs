//! Kode 07/08: keterangan tambahan (`AddInfo`, `TD.005NN`) and cap fasilitas
//! (`FacilityStamp`, `TD.011NN`). The two always share the same `NN`.
//!
//! The texts are short summaries of the legal basis and the stamp; the
//! authoritative wording is DJP's reference sheet. The kode 08 stamp list
//! follows option A of invoices.md §4.3 (genuine stamp texts); see
//! `docs/rules.md`.

use super::TrxCode;

/// One `NN` of the facility lists.
#[derive(Debug, Clone, Copy)]
pub struct FacilityEntry {
    /// Two-digit `NN`.
    pub nn: &'static str,
    /// Legal basis named by `TD.005NN`.
    pub add_info: &'static str,
    /// Stamp named by `TD.011NN`.
    pub stamp: &'static str,
}

const fn e(nn: &'static str, add_info: &'static str, stamp: &'static str) -> FacilityEntry {
    FacilityEntry {
        nn,
        add_info,
        stamp,
    }
}

/// Kode 07 (TD.00501–TD.00527 / TD.01101–TD.01127), invoices.md §4.2.
static KODE_07: [FacilityEntry; 27] = [
    e("01", "PP 10/2012 (tidak dipungut)", "Kawasan Bebas"),
    e(
        "02",
        "PPN atau PPN dan PPnBM tidak dipungut",
        "Tempat Penimbunan Berikat",
    ),
    e(
        "03",
        "PPN dan PPnBM tidak dipungut",
        "Hibah dan bantuan luar negeri",
    ),
    e("04", "PP 71/2012", "Avtur"),
    e("05", "(tanpa cap)", "Lainnya"),
    e("06", "PMK 194/PMK.03/2012", "Kontraktor PKP2B generasi I"),
    e("07", "PP 15/2015", "BBM untuk kapal angkutan internasional"),
    e("08", "PP 69/2015", "JKP terkait alat angkutan tertentu"),
    e("09", "PP 96/2015", "BKP tertentu di Kawasan Ekonomi Khusus"),
    e("10", "PP 106/2015", "Anode slime"),
    e("11", "PP 50/2019", "Alat angkutan tertentu dan JKP terkait"),
    e(
        "12",
        "PP 27/2017",
        "Kontraktor KKS minyak dan gas (PP 27/2017)",
    ),
    e("13", "DTP, PMK 21/PMK.010/21", "Program PPN DTP"),
    e("14", "DTP, PMK 102/PMK.010/2021", "Program PPN DTP"),
    e("15", "DTP, PMK 239/PMK.03/2020", "Program PPN DTP"),
    e("16", "DTP, PMK 103/PMK.010/2021", "Program PPN DTP"),
    e("17", "PP 40/2021", "Kawasan Ekonomi Khusus (PP 40/2021)"),
    e("18", "PP 41/2021", "Kawasan Bebas (PP 41/2021)"),
    e("19", "DTP, PMK 6/PMK.010/2022", "Program PPN DTP"),
    e("20", "DTP, PMK 226/PMK.03/2021", "Program PPN DTP"),
    e("21", "PP 53/2017", "Kontraktor KKS (PP 53/2017)"),
    e("22", "PP 70/2021", "Anode slime dan granula emas"),
    e("23", "DTP, PMK-125/PMK.01/2020", "Surat kabar dan majalah"),
    e(
        "24",
        "(tanpa cap)",
        "Tidak dipungut berdasarkan ketentuan pemerintah lainnya",
    ),
    e("25", "PP 49/2022", "BKP/JKP tertentu"),
    e("26", "PP 12/2023", "Ibu Kota Nusantara"),
    e(
        "27",
        "DTP, PMK 38/2023",
        "Kendaraan listrik berbasis baterai",
    ),
];

/// Kode 08 (TD.00501–TD.00510 / TD.01101–TD.01110), invoices.md §4.3.
static KODE_08: [FacilityEntry; 10] = [
    e("01", "PP 146/2000 jo. PP 38/2003", "BKP/JKP tertentu"),
    e("02", "PP 12/2001 … PP 31/2007", "BKP strategis"),
    e("03", "PP 28/2009", "Jasa kebandarudaraan"),
    e("04", "(tanpa cap)", "Lainnya"),
    e("05", "PP 81/2015", "BKP strategis (PP 81/2015)"),
    e(
        "06",
        "PP 74/2015",
        "Jasa kepelabuhanan tertentu untuk angkutan internasional",
    ),
    e("07", "(tanpa cap)", "Air bersih"),
    e(
        "08",
        "PP 81/2015 jo. PP 48/2020",
        "BKP strategis (PP 48/2020)",
    ),
    e(
        "09",
        "PP 47/2020",
        "Penyerahan kepada perwakilan negara asing dan badan internasional",
    ),
    e("10", "PP 49/2022", "BKP/JKP tertentu"),
];

/// The facility list of a kode, if it is 07 or 08.
pub fn facility_entries(code: TrxCode) -> Option<&'static [FacilityEntry]> {
    match code.value() {
        7 => Some(&KODE_07),
        8 => Some(&KODE_08),
        _ => None,
    }
}

/// Why an AddInfo / FacilityStamp pair was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FacilityError {
    /// Not of the form `TD.005NN` / `TD.011NN`.
    #[error("{0:?} is not of the form {1}")]
    Format(String, &'static str),
    /// The two codes carry different `NN`.
    #[error("AddInfo {0} and FacilityStamp {1} must share the same number")]
    Mismatch(String, String),
    /// `NN` is not in the list of this kode.
    #[error("{0} is not in the list for kode {1}")]
    Unknown(String, &'static str),
}

/// Checks an AddInfo / FacilityStamp pair for a kode 07/08 invoice and returns
/// its entry.
pub fn facility_for(
    code: TrxCode,
    add_info: &str,
    facility_stamp: &str,
) -> Result<&'static FacilityEntry, FacilityError> {
    let info_nn = suffix(add_info, "TD.005")
        .ok_or_else(|| FacilityError::Format(add_info.to_string(), "TD.005NN"))?;
    let stamp_nn = suffix(facility_stamp, "TD.011")
        .ok_or_else(|| FacilityError::Format(facility_stamp.to_string(), "TD.011NN"))?;
    if info_nn != stamp_nn {
        return Err(FacilityError::Mismatch(
            add_info.to_string(),
            facility_stamp.to_string(),
        ));
    }
    facility_entries(code)
        .and_then(|list| list.iter().find(|entry| entry.nn == info_nn))
        .ok_or_else(|| FacilityError::Unknown(add_info.to_string(), code.as_str()))
}

fn suffix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?;
    (rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit())).then_some(rest)
}
