//! The OpenAPI 3.1 document of `/api/v1`, generated from the route table
//! (`crate::api::routes`) and the schemas below; served at
//! `/api/openapi.json` and committed as `docs/openapi.json` (a test fails
//! when the two drift apart).

mod schemas;

use crate::api::{routes, Body, Need};
use serde_json::{json, Map, Value};

fn path_parameters(path: &str) -> Vec<Value> {
    path.split('/')
        .filter_map(|part| part.strip_prefix('{')?.strip_suffix('}'))
        .map(|name| {
            json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
        })
        .collect()
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn error_response(description: &str) -> Value {
    json!({"description": description,
           "content": {"application/json": {"schema": schema_ref("Error")}}})
}

fn operation(route: &crate::api::Route) -> Value {
    let mut parameters = path_parameters(route.path);
    parameters.extend(route.query.iter().map(|name| {
        json!({"name": name, "in": "query", "required": false, "schema": {"type": "string"}})
    }));
    let mut op = Map::new();
    op.insert("tags".into(), json!([route.tag]));
    op.insert("summary".into(), json!(route.summary));
    op.insert(
        "operationId".into(),
        json!(format!(
            "{}_{}",
            route.method.to_lowercase(),
            route
                .path
                .trim_start_matches("/api/v1/")
                .replace(['/', '-'], "_")
                .replace(['{', '}'], "")
        )),
    );
    if !parameters.is_empty() {
        op.insert("parameters".into(), Value::Array(parameters));
    }
    match route.body {
        Body::None => {}
        Body::Json(name) => {
            op.insert(
                "requestBody".into(),
                json!({"required": true, "content": {"application/json": {"schema": schema_ref(name)}}}),
            );
        }
        Body::File => {
            op.insert(
                "requestBody".into(),
                json!({"required": true, "content": {"application/octet-stream":
                    {"schema": {"type": "string", "format": "binary"}}}}),
            );
        }
    }
    let ok_status = route.status.to_string();
    let ok = match route.answer {
        "" => json!({"description": "Done"}),
        "file" => json!({"description": "A file download",
                          "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}),
        name => {
            json!({"description": "OK", "content": {"application/json": {"schema": schema_ref(name)}}})
        }
    };
    let mut responses = Map::new();
    responses.insert(ok_status, ok);
    if route.body != Body::None {
        responses.insert("400".into(), error_response("Malformed body"));
    }
    if route.need != Need::Public {
        responses.insert("401".into(), error_response("Sign-in required"));
    }
    if matches!(route.need, Need::Company(_) | Need::ServerAdmin) {
        responses.insert(
            "403".into(),
            error_response("Role too low, or CSRF token missing"),
        );
    }
    responses.insert(
        "404".into(),
        error_response("Not found (or another company's)"),
    );
    if matches!(route.method, "POST" | "PUT") {
        responses.insert(
            "422".into(),
            error_response("Refused: validation or a business rule"),
        );
    }
    op.insert("responses".into(), Value::Object(responses));
    let security = match route.need {
        Need::Public => json!([]),
        _ => json!([{"bearer": []}, {"session": []}]),
    };
    op.insert("security".into(), security);
    let role = match route.need {
        Need::Public => "public".to_string(),
        Need::Signed => "signed".to_string(),
        Need::ServerAdmin => "server-admin".to_string(),
        Need::Company(role) => role.to_string(),
    };
    op.insert("x-role".into(), json!(role));
    Value::Object(op)
}

/// The whole document.
pub fn document() -> Value {
    let mut paths: Map<String, Value> = Map::new();
    for route in routes() {
        let item = paths
            .entry(route.path.to_string())
            .or_insert_with(|| json!({}));
        item[route.method.to_lowercase()] = operation(&route);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "OpenFaktur API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The taxpayer node over HTTP: invoices, files, crediting, the SPT Masa PPN, sync, the database, members and API tokens. Amounts in drafts and computed invoices are decimal strings; SPT amounts are whole rupiah. Errors are {code, message, details} with the message in the language of Accept-Language (id by default, en). Another company's records answer 404, exactly like missing ones.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas::all(),
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer",
                           "description": "An API token (fkt_…), scoped to one company and a role"},
                "session": {"type": "apiKey", "in": "cookie", "name": crate::auth::COOKIE,
                            "description": "The web session; unsafe methods also need the X-CSRF-Token header"},
            },
        },
    })
}

/// The document as committed: pretty JSON with a final newline.
pub fn document_text() -> String {
    let mut text = serde_json::to_string_pretty(&document()).unwrap_or_default();
    text.push('\n');
    text
}
