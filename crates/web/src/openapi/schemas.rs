//! The JSON schemas of the API's bodies and answers. The draft and the
//! computed invoice follow the product's frozen shape (`faktur-wire`);
//! amounts there are decimal strings.

use serde_json::{json, Value};

fn string() -> Value {
    json!({"type": "string"})
}

fn decimal() -> Value {
    json!({"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$", "description": "An exact decimal as a string"})
}

fn nullable(kind: &str) -> Value {
    json!({"type": [kind, "null"]})
}

fn obj(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties})
}

fn list_of(key: &str, item: Value) -> Value {
    obj(&[key], json!({ key: {"type": "array", "items": item} }))
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn party() -> Value {
    json!({"type": "object", "additionalProperties": false, "properties": {
        "tin": nullable("string"), "id_type": {"enum": ["TIN", "NIK", "PASSPORT", "OTHER"]},
        "id_number": nullable("string"), "country": string(), "name": string(),
        "address": string(), "email": nullable("string"), "idtku": nullable("string"),
    }})
}

fn line() -> Value {
    json!({"type": "object", "additionalProperties": false, "required": ["name", "price", "qty"],
        "properties": {
        "opt": {"enum": ["A", "B"]}, "code": string(), "name": string(), "unit": string(),
        "price": decimal(), "qty": decimal(), "discount": decimal(), "luxury": {"type": "boolean"},
        "vat_rate": {"type": ["string", "null"]}, "stlg_rate": decimal(),
    }})
}

fn totals() -> Value {
    json!({"type": "object", "properties": {
        "tax_base": decimal(), "other_tax_base": decimal(), "vat": decimal(), "stlg": decimal(),
    }})
}

fn finding() -> Value {
    obj(
        &["code", "path", "severity", "message"],
        json!({"code": string(), "path": string(),
               "severity": {"enum": ["error", "warning", "info"]}, "message": string()}),
    )
}

fn draft() -> Value {
    json!({"type": "object", "additionalProperties": false, "required": ["date", "lines"],
        "properties": {
        "kind": {"enum": ["output", "input"]}, "date": {"type": "string", "format": "date"},
        "trx_code": string(), "reference": string(), "replaces": nullable("string"),
        "seller": party(), "buyer": party(), "add_info": nullable("string"),
        "facility_stamp": nullable("string"), "custom_doc": nullable("string"),
        "custom_doc_period": nullable("string"), "prices_include_vat": {"type": "boolean"},
        "lines": {"type": "array", "items": line()},
    }})
}

fn computed() -> Value {
    json!({"type": "object", "description": "The draft plus computed amounts, totals, id, number, status and findings",
        "properties": {
        "id": nullable("string"), "number": nullable("string"), "status": nullable("string"),
        "kind": string(), "date": string(), "trx_code": string(), "reference": string(),
        "seller": party(), "buyer": party(), "totals": totals(),
        "lines": {"type": "array", "items": {"type": "object"}},
        "findings": {"type": "array", "items": finding()},
    }})
}

fn company() -> Value {
    obj(
        &["npwp", "name"],
        json!({"npwp": string(), "name": string(), "address": string(), "nitku": string(),
               "role": {"type": ["string", "null"], "enum": ["viewer", "maker", "approver", "admin", null]}}),
    )
}

fn balance() -> Value {
    obj(
        &["result", "amount"],
        json!({"result": string(), "amount": {"type": "integer"}}),
    )
}

fn version() -> Value {
    obj(
        &["id", "masa", "revision", "status", "form", "result"],
        json!({"id": {"type": "integer"}, "masa": string(), "revision": {"type": "integer"},
               "status": string(), "form": string(), "result": {"type": "integer"},
               "bpe": nullable("string"), "created_at": {"type": "integer"},
               "filed_at": nullable("integer")}),
    )
}

fn member() -> Value {
    obj(
        &["id", "login", "role"],
        json!({"id": {"type": "integer"}, "login": string(), "name": string(),
               "role": {"enum": ["viewer", "maker", "approver", "admin"]}}),
    )
}

/// Every schema by name.
pub fn all() -> Value {
    let role = json!({"enum": ["viewer", "maker", "approver", "admin"]});
    json!({
        "Error": obj(&["code", "message", "details"], json!({
            "code": string(), "message": string(),
            "details": {"type": "array", "items": {"type": "object"}}})),
        "SignIn": obj(&["login", "password"], json!({
            "login": string(), "password": string(), "company": nullable("string")})),
        "Me": obj(&["login", "companies"], json!({
            "login": string(), "name": string(), "server_admin": {"type": "boolean"},
            "company": nullable("string"), "role": nullable("string"),
            "csrf": {"type": ["string", "null"], "description": "Echo as X-CSRF-Token on unsafe session requests"},
            "companies": {"type": "array", "items": obj(&["npwp", "role"], json!({"npwp": string(), "role": role}))}})),
        "ChooseCompany": obj(&["company"], json!({"company": string()})),
        "Company": company(),
        "CompanyList": list_of("companies", company()),
        "NewCompany": obj(&["npwp", "name"], json!({
            "npwp": string(), "name": string(), "address": string(), "nitku": nullable("string")})),
        "Draft": draft(),
        "ComputedInvoice": computed(),
        "ReturDraft": obj(&["number", "date", "tax_base", "vat"], json!({
            "number": string(), "date": {"type": "string", "format": "date"},
            "tax_base": decimal(), "vat": decimal(), "stlg": decimal()})),
        "Retur": obj(&["invoice", "number", "date", "masa", "tax_base", "vat", "stlg", "status"], json!({
            "invoice": string(), "number": string(), "date": string(), "masa": string(),
            "tax_base": decimal(), "vat": decimal(), "stlg": decimal(), "status": string()})),
        "InvoicePage": obj(&["invoices", "next_after"], json!({
            "invoices": {"type": "array", "items": reference("ComputedInvoice")},
            "next_after": {"type": ["integer", "null"], "description": "Pass as `after` for the next page"}})),
        "ImportReport": obj(&["invoices", "accepted", "rejected", "stored", "committed", "problems"], json!({
            "invoices": {"type": "integer"}, "accepted": {"type": "integer"},
            "rejected": {"type": "integer"}, "stored": {"type": "integer"},
            "committed": {"type": "boolean"}, "dry_run": {"type": "boolean"},
            "problems": {"type": "array", "items": obj(&["line", "column", "code", "severity", "message"], json!({
                "line": {"type": "integer"}, "column": {"type": "integer"}, "reference": nullable("string"),
                "code": string(), "severity": string(), "message": string()}))}})),
        "CreditChoice": json!({"type": "object", "properties": {
            "action": {"enum": ["credit", "uncredit", "not-creditable", "default"]},
            "masa": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}$"}}}),
        "CreditResult": obj(&["creditable"], json!({
            "masa": nullable("string"), "creditable": {"type": "boolean"}, "decided_by": nullable("string")})),
        "Spt": obj(&["form", "masa", "revision", "ppn", "ppnbm", "lines", "status"], json!({
            "form": string(), "masa": string(), "revision": {"type": "integer"},
            "ppn": balance(), "ppnbm": balance(), "status": string(), "bpe": nullable("string"),
            "lines": {"type": "array", "items": obj(&["line", "label"], json!({
                "line": string(), "label": string(), "dpp": {"type": "integer"},
                "dpp_other": {"type": "integer"}, "ppn": {"type": "integer"}, "ppnbm": {"type": "integer"}}))}})),
        "SptPost": json!({"type": "object", "properties": {
            "entries": {"type": "object", "additionalProperties": {"type": "integer"},
                        "description": "Manual entries by name (docs/spt.md), whole rupiah"},
            "refund": {"type": "boolean"}}}),
        "SptVersion": version(),
        "Lampiran": obj(&["lampiran", "masa", "count", "truncated", "rows", "jumlah"], json!({
            "lampiran": string(), "masa": string(), "count": {"type": "integer"},
            "truncated": {"type": "boolean"},
            "rows": {"type": "array", "items": obj(&["name", "npwp", "number", "date", "dpp", "ppn", "ppnbm"], json!({
                "name": string(), "npwp": string(), "number": string(), "date": string(),
                "dpp": {"type": "integer"}, "ppn": {"type": "integer"}, "ppnbm": {"type": "integer"},
                "refers_to": nullable("string")}))},
            "jumlah": obj(&["dpp", "ppn", "ppnbm"], json!({"dpp": {"type": "integer"}, "ppn": {"type": "integer"}, "ppnbm": {"type": "integer"}}))})),
        "SptPayment": obj(&["paid", "version"], json!({
            "paid": {"type": "boolean", "description": "false: nothing was owed"},
            "billing": {"type": "string"}, "ntpn": {"type": "string"}, "version": version()})),
        "SptVersionList": list_of("versions", version()),
        "SyncStatus": obj(&["state", "pending"], json!({
            "state": string(), "pending": {"type": "integer"}, "retrying": {"type": "integer"},
            "failed": {"type": "integer"}, "done": {"type": "integer"},
            "last_ok_at": nullable("integer"), "failing_since": nullable("integer"),
            "last_error": nullable("string")})),
        "SyncRound": json!({"type": "object", "properties": {
            "queued": {"type": "integer"}, "sent": {"type": "integer"}, "accepted": {"type": "integer"},
            "refused": {"type": "integer"}, "retrying": {"type": "integer"}, "events": {"type": "integer"},
            "error": {"type": ["object", "null"]}}}),
        "Doctor": obj(&["healthy", "checks"], json!({
            "healthy": {"type": "boolean"},
            "checks": {"type": "array", "items": obj(&["check", "ok"], json!({
                "check": string(), "ok": {"type": "boolean"}, "detail": string(),
                "code": string(), "fix": string(), "fixed": {"type": "boolean"}}))}})),
        "DbCheck": obj(&["healthy", "problems", "verified"], json!({
            "healthy": {"type": "boolean"}, "problems": {"type": "array", "items": string()},
            "verified": {"type": "array", "items": obj(&["what", "count"], json!({"what": string(), "count": {"type": "integer"}}))}})),
        "DbRestored": obj(&["restored"], json!({"restored": string(), "name": string()})),
        "Member": member(),
        "MemberList": list_of("members", member()),
        "NewMember": obj(&["login", "role"], json!({
            "login": string(), "role": role, "name": string(),
            "password": {"type": ["string", "null"], "description": "Needed when the user is new; 10 characters at least"}})),
        "TokenList": list_of("tokens", obj(&["id", "name", "user", "role", "created_ms"], json!({
            "id": {"type": "integer"}, "name": string(), "user": string(), "role": role,
            "created_ms": {"type": "integer"}, "revoked_ms": nullable("integer")}))),
        "NewToken": obj(&["name", "role"], json!({"name": string(), "role": role})),
        "NewTokenSecret": obj(&["id", "token", "role"], json!({
            "id": {"type": "integer"}, "token": {"type": "string", "description": "Shown once; keep it secret"},
            "role": role})),
    })
}
