//! Files in and out: imports streamed to a temporary file (never held in
//! memory, never over the upload limit) then read by the same pipeline as
//! `faktur import`; exports written by the same writers as `faktur export`.

use crate::accounts::Role;
use crate::auth::Caller;
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use faktur_core::finding::codes;
use faktur_db::ImportMode;
use serde::Deserialize;
use serde_json::Value;
use std::io::Write;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImportQuery {
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub dry_run: Option<bool>,
    #[serde(default)]
    pub partial: Option<bool>,
}

impl ImportQuery {
    pub fn mode(&self) -> ImportMode {
        match (self.dry_run.unwrap_or(false), self.partial.unwrap_or(false)) {
            (true, _) => ImportMode::DryRun,
            (false, true) => ImportMode::Partial,
            (false, false) => ImportMode::AllOrNothing,
        }
    }
}

/// Streams a request body into a temporary file, refusing it (413) past
/// `limit` bytes.
pub(crate) async fn spool(body: Body, limit: usize) -> Result<tempfile::NamedTempFile, ApiError> {
    use http_body_util::BodyExt;
    let mut file = tempfile::NamedTempFile::new().map_err(ApiError::internal)?;
    let mut body = body;
    let mut total = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| ApiError::body(e.to_string()))?;
        let Ok(chunk) = frame.into_data() else {
            continue;
        };
        total += chunk.len();
        if total > limit {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                codes::TOO_LARGE,
                format!("over {} MB", limit >> 20),
            ));
        }
        file.write_all(&chunk).map_err(ApiError::internal)?;
    }
    file.flush().map_err(ApiError::internal)?;
    Ok(file)
}

/// Imports an uploaded file into the caller's company.
pub(crate) async fn import_upload(
    state: &AppState,
    caller: &Caller,
    file: tempfile::NamedTempFile,
    query: &ImportQuery,
    lang: faktur_core::Lang,
) -> Result<Value, ApiError> {
    caller.require(Role::Maker)?;
    let (state, caller) = (state.clone(), caller.clone());
    let format = query.format.clone().unwrap_or_else(|| "auto".into());
    let mode = query.mode();
    blocking(move || -> Result<Value, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let context = faktur_core::invoice::Context {
            today: Some(faktur_db::today()?),
        };
        let reader = file.reopen().map_err(ApiError::internal)?;
        let report = faktur_db::import_any(
            &cref,
            reader,
            &format,
            mode,
            &context,
            lang,
            &caller.actor(),
            &mut |_| {},
        )?;
        Ok(report.to_json(mode))
    })
    .await?
}

pub(crate) async fn import(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ImportQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Maker)?;
    let file = spool(body, state.config().limits.upload_bytes).await?;
    let lang = crate::error::lang_of(&headers);
    Ok(Json(
        import_upload(&state, &caller, file, &query, lang).await?,
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportQuery {
    pub period: String,
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
}

/// A masa's invoices as a download: e-Faktur CSV, or Coretax XML (a zip of
/// files of at most 1,000 invoices when there are more).
pub(crate) async fn export(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ExportQuery>,
) -> Result<Response, ApiError> {
    caller.require(Role::Viewer)?;
    let masa = faktur_db::parse_masa(&query.period)?.to_string();
    let format = query.format.clone().unwrap_or_else(|| "efaktur-csv".into());
    let kind = query.kind.clone().unwrap_or_else(|| "output".into());
    if !matches!(format.as_str(), "efaktur-csv" | "coretax-xml")
        || !matches!(kind.as_str(), "output" | "input")
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "FKT-6002",
            format!("format {format}, kind {kind}"),
        ));
    }
    let (name, bytes, mime) = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let dir = tempfile::tempdir().map_err(ApiError::internal)?;
        let filter = faktur_db::ExportFilter {
            masa: masa.clone(),
            kind: kind.clone(),
            status: None,
        };
        let base = format!("faktur-{kind}-{masa}");
        if format == "efaktur-csv" {
            let mut bytes = Vec::new();
            faktur_db::export_efaktur_csv(&cref, &filter, &mut bytes)?;
            return Ok((format!("{base}.csv"), bytes, "text/csv; charset=utf-8"));
        }
        let path = dir.path().join(format!("{base}.xml"));
        let (files, _) = faktur_db::export_coretax_xml(&cref, &filter, &path)?;
        match files.as_slice() {
            [one] => Ok((
                format!("{base}.xml"),
                std::fs::read(one).map_err(ApiError::internal)?,
                "application/xml",
            )),
            many => Ok((format!("{base}.zip"), zip_files(many)?, "application/zip")),
        }
    })
    .await??;
    Ok(download(&name, mime, bytes))
}

fn zip_files(files: &[std::path::PathBuf]) -> Result<Vec<u8>, ApiError> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("faktur.xml");
        out.start_file(name, options).map_err(ApiError::internal)?;
        let mut input = std::fs::File::open(file).map_err(ApiError::internal)?;
        std::io::copy(&mut input, &mut out).map_err(ApiError::internal)?;
    }
    Ok(out.finish().map_err(ApiError::internal)?.into_inner())
}

/// A file as an attachment.
pub(crate) fn download(name: &str, mime: &'static str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}
