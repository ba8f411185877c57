//! The multiple-Workspaces rules: SuperAdmin, linking and unlinking, default moving, invitations,
//! the Pro limit, SSO.

use reqwest::Method;
use serde_json::{json, Value};

use super::common::*;

fn ws_ids(list: &[(i64, i64, Vec<i64>, bool)]) -> Vec<i64> {
    let mut v: Vec<i64> = list.iter().map(|w| w.0).collect();
    v.sort();
    v
}

async fn op(e: &Emu, method: Method, path: &str, body: Option<Value>) -> Resp {
    e.req(method, &format!("/emulator/v1/operator{path}"), None, body)
        .await
}

#[tokio::test]
async fn superadmin_cannot_be_removed_suspended_or_re_roled_from_a_linked_workspace() {
    let e = start().await;
    let sa = e.user_id("superadmin@acme.example").await;
    let eu_admin = e.login_to("contractor@acme.example", ACME_EU).await;
    let before = e.emu.store().dump().expect("dump");
    let v = e
        .delete(&format!("/api/v2/user/{sa}/workspace/{ACME_EU}"), &eu_admin)
        .await
        .assert_error(403);
    assert!(v["message"]
        .as_str()
        .unwrap_or_default()
        .contains("SuperAdmin"));
    e.patch(
        &format!("/api/v2/user/{sa}/workspace/{ACME_EU}"),
        &eu_admin,
        json!({"status": {"id": 2}}),
    )
    .await
    .assert_error(403);
    e.put(
        &format!("/api/v2/user/{sa}/workspace/{ACME_EU}/role/3"),
        &eu_admin,
    )
    .await
    .assert_error(403);
    e.put(
        &format!("/api/v2/user/{sa}/workspace/{ACME_EU}/role/4"),
        &eu_admin,
    )
    .await
    .assert_error(403);
    e.delete(&format!("/api/v1/user/{sa}"), &eu_admin)
        .await
        .assert_error(403);
    // Not even an Administrator of the main organisation removes the SuperAdmin.
    let admin = e.login("admin@acme.example").await;
    e.delete(&format!("/api/v2/user/{sa}/workspace/{ACME_CORP}"), &admin)
        .await
        .assert_error(403);
    assert_eq!(before, e.emu.store().dump().expect("dump"));
    // From the main organisation their underlying role can be changed; they stay SuperAdmin.
    e.put(
        &format!("/api/v2/user/{sa}/workspace/{ACME_CORP}/role/3"),
        &admin,
    )
    .await
    .assert_status(204);
    let corp = e.workspaces_of("superadmin@acme.example").await;
    assert!(corp.iter().any(|w| w.0 == ACME_CORP && w.2 == vec![4]));
    // Acme Corp's Administrator has no access to Acme EU at all.
    e.put(
        &format!("/api/v2/user/{sa}/workspace/{ACME_EU}/role/3"),
        &admin,
    )
    .await
    .assert_error(403);
}

#[tokio::test]
async fn superadmin_in_an_unrelated_workspace_is_managed_as_usual() {
    let e = start().await;
    let sa = e.user_id("superadmin@acme.example").await;
    let ops = e.login("ops@globex.example").await;
    e.put(
        &format!("/api/v2/user/{sa}/workspace/{GLOBEX}/role/2"),
        &ops,
    )
    .await
    .assert_status(204);
    e.patch(
        &format!("/api/v2/user/{sa}/workspace/{GLOBEX}"),
        &ops,
        json!({"status": {"id": 2}}),
    )
    .await
    .assert_status(204);
    e.delete(&format!("/api/v2/user/{sa}/workspace/{GLOBEX}"), &ops)
        .await
        .assert_status(204);
    assert_eq!(
        ws_ids(&e.workspaces_of("superadmin@acme.example").await),
        vec![ACME_CORP, ACME_EU, ACME_SANDBOX]
    );
}

#[tokio::test]
async fn pro_limit_refuses_a_fourth_workspace_and_non_pro_organisations() {
    let e = start().await;
    let sa = e.login("superadmin@acme.example").await;
    let v = e
        .post(
            "/emulator/v1/workspace/request",
            Some(&sa),
            json!({"contact_email": "it@acme.example", "name": "Acme US"}),
        )
        .await
        .assert_error(409);
    assert!(
        v["message"].as_str().unwrap_or_default().contains('3'),
        "{v}"
    );
    let ops = e.login("ops@globex.example").await;
    e.post(
        "/emulator/v1/workspace/request",
        Some(&ops),
        json!({"contact_email": "it@globex.example", "name": "Globex 2"}),
    )
    .await
    .assert_error(409);
    // Observers may not request Workspaces.
    let obs = e.login("observer@acme.example").await;
    e.post(
        "/emulator/v1/workspace/request",
        Some(&obs),
        json!({"contact_email": "x@acme.example", "name": "X"}),
    )
    .await
    .assert_error(403);
    e.post(
        "/emulator/v1/link/request",
        Some(&sa),
        json!({"contact_email": "it@acme.example", "workspace_ids": [GLOBEX]}),
    )
    .await
    .assert_error(409);
}

#[tokio::test]
async fn new_linked_workspace_gives_superadmin_access_automatically() {
    let e = start().await;
    op(
        &e,
        Method::POST,
        "/unlink",
        Some(json!({"workspace_id": ACME_SANDBOX})),
    )
    .await
    .assert_status(204);
    let admin = e.login("admin@acme.example").await;
    let r = e.post("/emulator/v1/workspace/request", Some(&admin), json!({"contact_email": "it@acme.example", "name": "Acme US", "details": "US subsidiary"})).await;
    r.assert_status(201);
    let req = r.json();
    assert_eq!(req["kind"], "workspace");
    assert_eq!(req["status"], "open");
    let listed = op(&e, Method::GET, "/requests", None).await.json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
    let f = op(
        &e,
        Method::POST,
        &format!("/requests/{}/fulfil", req["id"]),
        None,
    )
    .await;
    f.assert_status(200);
    let new_ws = f.json()["result_workspace_id"].as_i64().expect("new id");
    let sa = e.workspaces_of("superadmin@acme.example").await;
    assert!(sa.iter().any(|w| w.0 == new_ws && w.2 == vec![4]), "{sa:?}");
    let admin_ws = e.workspaces_of("admin@acme.example").await;
    assert!(
        admin_ws.iter().any(|w| w.0 == new_ws && w.2 == vec![1]),
        "requester administers it"
    );
    let link = e.get("/emulator/v1/link", &admin).await.json();
    assert_eq!(link["workspaces_used"], 3);
    assert_eq!(link["workspace_limit"], 3);
    assert_eq!(link["main_organisation"]["id"], ACME_CORP);
    assert_eq!(link["superadmin"]["username"], "superadmin@acme.example");
    // The SuperAdmin had their own access to Acme Corp only (kept as Administrator on unlink).
    for w in link["workspaces"].as_array().expect("workspaces") {
        assert_eq!(w["superadmin_member"], w["id"] == ACME_CORP, "{w}");
    }
    // Fulfilled twice → conflict; unknown → 404.
    op(
        &e,
        Method::POST,
        &format!("/requests/{}/fulfil", req["id"]),
        None,
    )
    .await
    .assert_error(409);
    op(&e, Method::POST, "/requests/999/fulfil", None)
        .await
        .assert_error(404);
}

#[tokio::test]
async fn unlinking_keeps_pre_link_access_as_administrator_and_drops_the_rest() {
    let e = start().await;
    let contractor_before = e.workspaces_of("contractor@acme.example").await;
    op(
        &e,
        Method::POST,
        "/unlink",
        Some(json!({"workspace_id": ACME_EU})),
    )
    .await
    .assert_status(204);
    let sa = e.workspaces_of("superadmin@acme.example").await;
    assert_eq!(
        ws_ids(&sa),
        vec![ACME_CORP, ACME_SANDBOX, GLOBEX],
        "EU is gone: {sa:?}"
    );
    assert_eq!(
        e.workspaces_of("contractor@acme.example").await,
        contractor_before,
        "nothing changes for others"
    );
    // Unlinking the last other Workspace dissolves the group: no SuperAdmin any more.
    op(
        &e,
        Method::POST,
        "/unlink",
        Some(json!({"workspace_id": ACME_SANDBOX})),
    )
    .await
    .assert_status(204);
    let sa = e.workspaces_of("superadmin@acme.example").await;
    assert_eq!(ws_ids(&sa), vec![ACME_CORP, GLOBEX]);
    assert!(
        sa.iter().any(|w| w.0 == ACME_CORP && w.2 == vec![1]),
        "Administrator of Corp: {sa:?}"
    );
    assert!(
        sa.iter().any(|w| w.0 == GLOBEX && w.2 == vec![3]),
        "still Observer in Globex: {sa:?}"
    );
    let admin = e.login("admin@acme.example").await;
    e.get("/emulator/v1/link", &admin).await.assert_error(404);
    op(
        &e,
        Method::POST,
        "/unlink",
        Some(json!({"workspace_id": ACME_SANDBOX})),
    )
    .await
    .assert_error(409);

    // Link Globex to Acme: the SuperAdmin (back again, as longest-standing Administrator) had an
    // Observer role in Globex before the link, so unlinking leaves them Administrator there.
    // Only someone administering Globex may ask to link it: Ada first, then as Administrator
    // there (given by Globex's own Administrator).
    e.post(
        "/emulator/v1/link/request",
        Some(&admin),
        json!({"contact_email": "it@acme.example", "workspace_ids": [GLOBEX]}),
    )
    .await
    .assert_error(403);
    assert_eq!(
        op(&e, Method::GET, "/requests", None).await.json(),
        json!([])
    );
    let ops = e.login("ops@globex.example").await;
    e.post(
        "/api/v2/user/invitation",
        Some(&ops),
        json!({"username": "admin@acme.example", "name": "Ada Admin",
               "organisation": {"id": GLOBEX}, "roles": [{"id": 1}]}),
    )
    .await
    .assert_status(201);
    let r = e
        .post(
            "/emulator/v1/link/request",
            Some(&admin),
            json!({"contact_email": "it@acme.example", "workspace_ids": [GLOBEX]}),
        )
        .await;
    r.assert_status(201);
    assert_eq!(r.json()["kind"], "link");
    op(
        &e,
        Method::POST,
        &format!("/requests/{}/fulfil", r.json()["id"]),
        None,
    )
    .await
    .assert_status(200);
    let sa = e.workspaces_of("superadmin@acme.example").await;
    assert!(
        sa.iter().all(|w| w.2 == vec![4]),
        "SuperAdmin in both: {sa:?}"
    );
    op(
        &e,
        Method::POST,
        "/unlink",
        Some(json!({"workspace_id": GLOBEX})),
    )
    .await
    .assert_status(204);
    let sa = e.workspaces_of("superadmin@acme.example").await;
    assert!(
        sa.iter().any(|w| w.0 == GLOBEX && w.2 == vec![1]),
        "Administrator of Globex: {sa:?}"
    );
    op(
        &e,
        Method::POST,
        "/unlink",
        Some(json!({"workspace_id": 4242})),
    )
    .await
    .assert_error(404);
    op(&e, Method::POST, "/unlink", Some(json!({})))
        .await
        .assert_error(422);
}

#[tokio::test]
async fn operator_reassigns_the_superadmin() {
    let e = start().await;
    let admin = e.user_id("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    op(
        &e,
        Method::POST,
        "/superadmin",
        Some(json!({"main_organisation_id": ACME_CORP, "user_id": obs})),
    )
    .await
    .assert_error(409);
    op(
        &e,
        Method::POST,
        "/superadmin",
        Some(json!({"main_organisation_id": GLOBEX, "user_id": admin})),
    )
    .await
    .assert_error(409);
    op(
        &e,
        Method::POST,
        "/superadmin",
        Some(json!({"main_organisation_id": ACME_CORP, "user_id": admin})),
    )
    .await
    .assert_status(204);
    let new_sa = e.workspaces_of("admin@acme.example").await;
    assert_eq!(ws_ids(&new_sa), vec![ACME_CORP, ACME_EU, ACME_SANDBOX]);
    assert!(new_sa.iter().all(|w| w.2 == vec![4]));
    let old = e.workspaces_of("superadmin@acme.example").await;
    assert_eq!(ws_ids(&old), vec![ACME_CORP, GLOBEX]);
    assert!(old.iter().any(|w| w.0 == ACME_CORP && w.2 == vec![1]));
}

#[tokio::test]
async fn removing_or_suspending_moves_the_default_to_the_next_active_workspace() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    assert_eq!(e.default_of("observer@acme.example").await, Some(ACME_CORP));
    e.patch(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}"),
        &admin,
        json!({"status": {"id": 2}}),
    )
    .await
    .assert_status(204);
    assert_eq!(e.default_of("observer@acme.example").await, Some(ACME_EU));
    // Re-activating does not move it back.
    e.patch(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}"),
        &admin,
        json!({"status": {"id": 1}}),
    )
    .await
    .assert_status(204);
    assert_eq!(e.default_of("observer@acme.example").await, Some(ACME_EU));
    let sa = e.login_to("superadmin@acme.example", ACME_SANDBOX).await;
    let c = e.user_id("contractor@acme.example").await;
    e.delete(&format!("/api/v2/user/{c}/workspace/{ACME_SANDBOX}"), &sa)
        .await
        .assert_status(204);
    assert_eq!(e.default_of("contractor@acme.example").await, Some(ACME_EU));
    // The contractor now logs in directly to Acme EU, which has SSO.
    let v = e
        .password_login("contractor@acme.example", PW)
        .await
        .assert_error(401);
    assert_eq!(v["error_token"], "SsoRequired");
}

#[tokio::test]
async fn suspending_in_the_only_workspace_blocks_login_and_reactivation_restores_it() {
    let e = start().await;
    let ops = e.login("ops@globex.example").await;
    let sa = e.user_id("superadmin@acme.example").await;
    e.patch(
        &format!("/api/v2/user/{sa}/workspace/{GLOBEX}"),
        &ops,
        json!({"status": {"id": 2}}),
    )
    .await
    .assert_status(204);
    // The SuperAdmin's other Workspaces are unaffected; their default stays Acme Corp.
    assert_eq!(
        e.default_of("superadmin@acme.example").await,
        Some(ACME_CORP)
    );
    let t = e.login("superadmin@acme.example").await;
    e.post(
        "/api/v1/authenticate/workspace",
        Some(&t),
        json!({"target_organisation": {"id": GLOBEX}}),
    )
    .await
    .assert_error(401);
    e.patch(
        &format!("/api/v2/user/{sa}/workspace/{GLOBEX}"),
        &ops,
        json!({"status": {"id": 1}}),
    )
    .await
    .assert_status(204);
    e.switch(&t, GLOBEX).await;
    e.patch(
        &format!("/api/v2/user/{sa}/workspace/{GLOBEX}"),
        &ops,
        json!({"status": {"id": 0}}),
    )
    .await
    .assert_error(422);
}

#[tokio::test]
async fn removing_the_last_workspace_deletes_the_user_and_records_events() {
    let e = start().await;
    let ops = e.login("ops@globex.example").await;
    let sa = e.login("superadmin@acme.example").await;
    // The SuperAdmin is only Observer in Globex and cannot remove anyone there.
    let ops_id = e.user_id("ops@globex.example").await;
    let sa_globex = e.switch(&sa, GLOBEX).await;
    e.delete(
        &format!("/api/v2/user/{ops_id}/workspace/{GLOBEX}"),
        &sa_globex,
    )
    .await
    .assert_error(403);
    let r = e
        .post(
            "/api/v2/user/invitation",
            Some(&ops),
            json!({"username": "temp@globex.example", "name": "Temp", "roles": [{"id": 2}]}),
        )
        .await;
    r.assert_status(201);
    let v = r.json();
    assert_eq!(
        v["organisation"]["id"], GLOBEX,
        "defaults to the requester's default Workspace"
    );
    assert_eq!(v["roles"][0]["name"], "User");
    let id = v["id"].as_i64().expect("id");
    e.delete(&format!("/api/v2/user/{id}/workspace/{GLOBEX}"), &ops)
        .await
        .assert_status(204);
    e.get(&format!("/api/v1/user/{id}"), &ops)
        .await
        .assert_error(404);
    let types: Vec<i64> = e
        .emu
        .store()
        .read(|c| {
            emnify::emulator::store::events_of(c, id)
                .map(|v| v.iter().map(|ev| ev.type_id).collect())
        })
        .expect("events");
    assert_eq!(
        types,
        vec![1004, 1003, 1001],
        "deleted, removed, invited (newest first)"
    );
    // The username is free again.
    e.post(
        "/api/v2/user/invitation",
        Some(&ops),
        json!({"username": "temp@globex.example", "name": "Temp"}),
    )
    .await
    .assert_status(201);
}

#[tokio::test]
async fn changing_a_default_needs_administrator_in_both_workspaces() {
    let e = start().await;
    let obs = e.user_id("observer@acme.example").await;
    // Logged in now: once their default is Acme EU (SSO) a password login is refused.
    let me = e.login("observer@acme.example").await;
    // The contractor administers Acme EU but not Acme Corp (observer's current default).
    let c = e.login_to("contractor@acme.example", ACME_EU).await;
    e.put(
        &format!("/api/v2/user/{obs}/default_organisation/{ACME_EU}"),
        &c,
    )
    .await
    .assert_error(403);
    assert_eq!(e.default_of("observer@acme.example").await, Some(ACME_CORP));
    let sa = e.login("superadmin@acme.example").await;
    let r = e
        .put(
            &format!("/api/v2/user/{obs}/default_organisation/{ACME_EU}"),
            &sa,
        )
        .await;
    r.assert_status(200);
    assert_eq!(r.json(), json!({}));
    assert_eq!(e.default_of("observer@acme.example").await, Some(ACME_EU));
    e.put(
        &format!("/api/v2/user/{obs}/default_organisation/{GLOBEX}"),
        &sa,
    )
    .await
    .assert_error(403);
    e.put(
        &format!("/api/v2/user/{obs}/default_organisation/9999"),
        &sa,
    )
    .await
    .assert_error(404);
    // Users may pick their own default among their active Workspaces.
    e.put(
        &format!("/api/v2/user/{obs}/default_organisation/{ACME_CORP}"),
        &me,
    )
    .await
    .assert_status(200);
    assert_eq!(e.default_of("observer@acme.example").await, Some(ACME_CORP));
    e.put(
        &format!("/api/v2/user/{obs}/default_organisation/{GLOBEX}"),
        &me,
    )
    .await
    .assert_error(409);
}

#[tokio::test]
async fn a_users_last_role_cannot_be_removed() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    let v = e
        .delete(
            &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/3"),
            &admin,
        )
        .await
        .assert_error(409);
    assert!(v["message"]
        .as_str()
        .unwrap_or_default()
        .contains("last role"));
    e.put(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/2"),
        &admin,
    )
    .await
    .assert_status(204);
    e.delete(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/3"),
        &admin,
    )
    .await
    .assert_status(204);
    let corp = e.workspaces_of("observer@acme.example").await;
    assert!(corp.iter().any(|w| w.0 == ACME_CORP && w.2 == vec![2]));
    e.put(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/9"),
        &admin,
    )
    .await
    .assert_error(404);
}

async fn activation_key(e: &Emu, id: i64) -> String {
    e.req(
        Method::GET,
        &format!("/emulator/v1/operator/users/{id}/activation"),
        None,
        None,
    )
    .await
    .json()["activation_key"]
        .as_str()
        .expect("key")
        .to_string()
}

#[tokio::test]
async fn invitation_activation_expiry_and_resend() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let r = e.post("/api/v2/user/invitation", Some(&admin), json!({"username": "newbie@acme.example", "name": "New Bie", "organisation": {"id": ACME_CORP}, "roles": [{"id": 3}]})).await;
    r.assert_status(201);
    let id = r.json()["id"].as_i64().expect("id");
    // Pending: cannot be added to a further Workspace yet.
    let sa = e.login_to("superadmin@acme.example", ACME_EU).await;
    let v = e.post("/api/v2/user/invitation", Some(&sa), json!({"username": "newbie@acme.example", "name": "New Bie", "organisation": {"id": ACME_EU}})).await.assert_error(409);
    assert!(v["message"]
        .as_str()
        .unwrap_or_default()
        .contains("accepted"));
    let key = activation_key(&e, id).await;
    e.post(
        "/api/v2/user/activation",
        None,
        json!({"activationKey": "nope", "password": "long enough pw"}),
    )
    .await
    .assert_error(403);
    e.post(
        "/api/v2/user/activation",
        None,
        json!({"activationKey": key, "password": "short"}),
    )
    .await
    .assert_error(422);
    e.post(
        "/api/v2/user/activation",
        None,
        json!({"activationKey": key, "password": "long enough pw"}),
    )
    .await
    .assert_status(204);
    e.password_login("newbie@acme.example", "long enough pw")
        .await
        .assert_status(200);
    // Now they can join Acme EU; their default stays Acme Corp (the first one).
    e.post("/api/v2/user/invitation", Some(&sa), json!({"username": "newbie@acme.example", "name": "New Bie", "organisation": {"id": ACME_EU}, "roles": [{"id": 2}]})).await.assert_status(201);
    e.post("/api/v2/user/invitation", Some(&sa), json!({"username": "newbie@acme.example", "name": "New Bie", "organisation": {"id": ACME_EU}})).await.assert_error(409);
    assert_eq!(e.default_of("newbie@acme.example").await, Some(ACME_CORP));

    // pending@ was invited 30 days ago: the invitation has expired until it is resent.
    let pending = e.user_id("pending@acme.example").await;
    let key = activation_key(&e, pending).await;
    let v = e
        .post(
            "/api/v2/user/activation",
            None,
            json!({"activationKey": key, "password": "long enough pw"}),
        )
        .await
        .assert_error(403);
    assert!(v["message"]
        .as_str()
        .unwrap_or_default()
        .contains("expired"));
    e.post("/api/v2/user/invitation", Some(&admin), json!({"username": "pending@acme.example", "name": "Pat Pending", "organisation": {"id": ACME_CORP}})).await.assert_status(201);
    let key = activation_key(&e, pending).await;
    e.post(
        "/api/v2/user/activation",
        None,
        json!({"activationKey": key, "password": "long enough pw"}),
    )
    .await
    .assert_status(204);
    e.password_login("pending@acme.example", "long enough pw")
        .await
        .assert_status(200);
}

#[tokio::test]
async fn v1_create_answers_201_with_location_and_pending_status() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let r = e.post("/api/v1/user", Some(&admin), json!({"username": "v1@acme.example", "name": "V One", "organisation": {"id": ACME_CORP}, "roles": [{"id": 2}]})).await;
    r.assert_status(201);
    assert!(r.text.is_empty());
    let loc = r.header("location").expect("Location");
    let u = e.get(&loc, &admin).await;
    u.assert_status(200);
    assert_eq!(u.json()["status"]["id"], 0);
    assert_eq!(u.json()["roles"][0]["id"], 2);
    let by_name = e.get("/api/v1/user/v1@acme.example", &admin).await;
    assert_eq!(by_name.json()["id"], u.json()["id"]);
}

#[tokio::test]
async fn sso_is_set_by_an_administrator_for_their_default_and_required_once_verified() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let path = format!("/emulator/v1/workspace/{ACME_CORP}/sso");
    let r = e.get(&path, &admin).await;
    r.assert_status(200);
    assert_eq!(r.json()["active"], false);
    // The contractor administers Acme EU, but it is not their default.
    let c = e.login_to("contractor@acme.example", ACME_EU).await;
    let body = json!({"provider": "google", "client_id": "x", "client_secret": "y"});
    e.req(
        Method::PUT,
        &format!("/emulator/v1/workspace/{ACME_EU}/sso"),
        Some(&c),
        Some(body.clone()),
    )
    .await
    .assert_error(403);
    let obs = e.login("observer@acme.example").await;
    e.req(Method::PUT, &path, Some(&obs), Some(body))
        .await
        .assert_error(403);
    e.req(
        Method::PUT,
        &path,
        Some(&admin),
        Some(json!({"provider": "okta", "client_id": "x", "client_secret": "y"})),
    )
    .await
    .assert_error(422);
    e.req(
        Method::PUT,
        &path,
        Some(&admin),
        Some(json!({"provider": "oidc", "client_id": "acme"})),
    )
    .await
    .assert_error(422);
    e.req(
        Method::PUT,
        &path,
        Some(&admin),
        Some(json!({"provider": "oidc", "client_id": "acme", "client_secret": "s3cret"})),
    )
    .await
    .assert_status(204);
    let st = e.get(&path, &admin).await;
    let v = st.json();
    assert_eq!(
        (
            v["provider"].as_str(),
            v["verified"].as_bool(),
            v["active"].as_bool()
        ),
        (Some("oidc"), Some(false), Some(false))
    );
    assert!(
        !st.text.contains("s3cret"),
        "the client secret is never returned"
    );
    // Not active until verified: passwords still work.
    e.password_login("observer@acme.example", PW)
        .await
        .assert_status(200);
    e.req(Method::POST, &format!("{path}/verify"), Some(&admin), None)
        .await
        .assert_status(204);
    assert_eq!(e.get(&path, &admin).await.json()["active"], true);
    let v = e
        .password_login("observer@acme.example", PW)
        .await
        .assert_error(401);
    assert_eq!(v["error_token"], "SsoRequired");
    // Users whose default has no SSO keep their password, even into Acme Corp.
    let ct = e.login("contractor@acme.example").await;
    e.switch(&ct, ACME_EU).await;
    e.req(Method::DELETE, &path, Some(&admin), None)
        .await
        .assert_status(204);
    e.password_login("observer@acme.example", PW)
        .await
        .assert_status(200);
    e.req(Method::POST, &format!("{path}/verify"), Some(&admin), None)
        .await
        .assert_error(409);
}

#[tokio::test]
async fn the_workspace_limit_is_a_per_organisation_setting() {
    let e = start().await;
    op(
        &e,
        Method::PATCH,
        &format!("/workspace/{ACME_CORP}"),
        Some(json!({"workspace_limit": 2})),
    )
    .await
    .assert_error(409);
    op(
        &e,
        Method::PATCH,
        &format!("/workspace/{ACME_CORP}"),
        Some(json!({"workspace_limit": 0})),
    )
    .await
    .assert_error(422);
    op(
        &e,
        Method::PATCH,
        &format!("/workspace/{ACME_CORP}"),
        Some(json!({"pro": "yes"})),
    )
    .await
    .assert_error(422);
    let r = op(
        &e,
        Method::PATCH,
        &format!("/workspace/{ACME_CORP}"),
        Some(json!({"workspace_limit": 4})),
    )
    .await;
    r.assert_status(200);
    assert_eq!(r.json()["workspace_limit"], 4);
    let sa = e.login("superadmin@acme.example").await;
    e.post(
        "/emulator/v1/workspace/request",
        Some(&sa),
        json!({"contact_email": "it@acme.example", "name": "Acme US"}),
    )
    .await
    .assert_status(201);
    // Globex becomes Pro and may ask for a second Workspace.
    op(
        &e,
        Method::PATCH,
        &format!("/workspace/{GLOBEX}"),
        Some(json!({"pro": true, "workspace_limit": 3})),
    )
    .await
    .assert_status(200);
    let ops = e.login("ops@globex.example").await;
    e.post(
        "/emulator/v1/workspace/request",
        Some(&ops),
        json!({"contact_email": "it@globex.example", "name": "Globex 2"}),
    )
    .await
    .assert_status(201);
}

#[tokio::test]
async fn the_pro_package_cannot_be_dropped_while_workspaces_are_linked() {
    let e = start().await;
    let before = e.emu.store().dump().expect("dump");
    let r = e
        .req(
            Method::PATCH,
            &format!("/emulator/v1/operator/workspace/{ACME_CORP}"),
            None,
            Some(json!({"pro": false})),
        )
        .await;
    let v = r.assert_error(409);
    assert!(
        v["message"].as_str().unwrap_or_default().contains("unlink"),
        "{v}"
    );
    assert_eq!(before, e.emu.store().dump().expect("dump"));
    // A Workspace on its own may go without Pro.
    e.req(
        Method::PATCH,
        &format!("/emulator/v1/operator/workspace/{GLOBEX}"),
        None,
        Some(json!({"pro": false})),
    )
    .await
    .assert_status(200);
}
