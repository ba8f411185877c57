//! The extension endpoints answer what `docs/emulator-openapi.yaml` says they answer.

use reqwest::Method;
use serde_json::{json, Value};

use super::common::*;

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/emulator-openapi.yaml"
    ))
    .expect("spec file");
    serde_yaml::from_str(&text).expect("spec parses")
}

/// Validate `instance` against `#/components/schemas/{name}` of the spec.
#[track_caller]
fn assert_schema(name: &str, instance: &Value) {
    let mut root = spec();
    root["$ref"] = json!(format!("#/components/schemas/{name}"));
    let validator = jsonschema::validator_for(&root).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:?}\n{instance}");
}

#[test]
fn the_schema_check_can_fail() {
    let mut root = spec();
    root["$ref"] = json!("#/components/schemas/Sso");
    let validator = jsonschema::validator_for(&root).expect("schema compiles");
    assert!(!validator.is_valid(&json!({"workspace_id": "x"})));
}

#[tokio::test]
async fn extension_answers_match_the_spec() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    assert_schema(
        "LinkGroup",
        &e.get("/emulator/v1/link", &admin).await.json(),
    );
    assert_schema(
        "Sso",
        &e.get(
            &format!("/emulator/v1/workspace/{ACME_EU}/sso"),
            &e.login("observer@acme.example").await,
        )
        .await
        .json(),
    );
    assert_schema(
        "Sso",
        &e.get(&format!("/emulator/v1/workspace/{ACME_CORP}/sso"), &admin)
            .await
            .json(),
    );
    assert_schema(
        "Error",
        &e.post(
            "/emulator/v1/workspace/request",
            Some(&admin),
            json!({"contact_email": "a@acme.example", "name": "X"}),
        )
        .await
        .json(),
    );
    e.req(
        Method::POST,
        "/emulator/v1/operator/unlink",
        None,
        Some(json!({"workspace_id": ACME_SANDBOX})),
    )
    .await
    .assert_status(204);
    let r = e
        .post(
            "/emulator/v1/workspace/request",
            Some(&admin),
            json!({"contact_email": "a@acme.example", "name": "X"}),
        )
        .await;
    r.assert_status(201);
    assert_schema("Request", &r.json());
    let list = e
        .req(Method::GET, "/emulator/v1/operator/requests", None, None)
        .await
        .json();
    for item in list.as_array().expect("array") {
        assert_schema("Request", item);
    }
    assert_schema(
        "Knobs",
        &e.req(Method::GET, "/emulator/v1/operator/knobs", None, None)
            .await
            .json(),
    );
    assert_schema(
        "Error",
        &e.get("/emulator/v1/workspace/999/sso", &admin).await.json(),
    );
}
