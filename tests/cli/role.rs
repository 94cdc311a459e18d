use crate::common::TestEnv;

#[test]
fn assign_replace_list_and_unassign() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let err = env.ok_err(&[
        "role",
        "assign",
        "acme",
        "--side",
        "partner",
        "--title",
        "Liaison",
        "--person",
        "Jo Lee",
        "--resp",
        "Host visits",
    ]);
    assert!(
        err.contains("Jo Lee is now Liaison on the partner's side of `acme`"),
        "{err}"
    );
    env.ok(&[
        "role",
        "assign",
        "acme",
        "--side",
        "ours",
        "--title",
        "Liaison",
        "--person",
        "Dana",
        "--email",
        "dana@rusd.org",
    ]);
    env.ok(&[
        "role", "assign", "acme", "--side", "ours", "--title", "Sponsor", "--person", "Dana",
    ]);
    let err = env.ok_err(&[
        "role", "assign", "acme", "--side", "partner", "--title", "liaison", "--person", "Kim Diaz",
    ]);
    assert!(
        err.contains("Kim Diaz replaces Jo Lee as Liaison on the partner's side of `acme`"),
        "{err}"
    );
    let roles = env.json(&["role", "list", "--format", "json"]);
    let partner_liaison = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["side"] == "partner")
        .unwrap();
    assert_eq!(partner_liaison["person"], "Kim Diaz");
    assert_eq!(
        partner_liaison["resp"],
        serde_json::json!(["Host visits"]),
        "responsibilities stay with the role"
    );
    assert_eq!(roles.as_array().unwrap().len(), 3);
    let csv = env.ok(&["role", "list", "acme", "--side", "ours", "--format", "csv"]);
    assert_eq!(
        csv,
        "partner,side,title,person,email,responsibilities\nacme,ours,Liaison,Dana,dana@rusd.org,\nacme,ours,Sponsor,Dana,,\n"
    );
    let err = env.fails(
        1,
        &[
            "role", "unassign", "acme", "--side", "ours", "--title", "Chair",
        ],
    );
    assert!(
        err.contains("roles on our side: `Liaison` or `Sponsor`"),
        "{err}"
    );
    env.ok(&[
        "role", "unassign", "acme", "--side", "ours", "--title", "sponsor",
    ]);
    assert_eq!(
        env.json(&["role", "list", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn an_active_partner_without_a_role_on_a_side_is_flagged() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&[
        "role", "assign", "acme", "--side", "ours", "--title", "Liaison", "--person", "Dana",
    ]);
    let p = env.json(&["partner", "show", "acme", "--format", "json"]);
    assert_eq!(
        p["gaps"],
        serde_json::json!(["no role named on the partner's side"])
    );
    env.ok(&["partner", "add", "Maybe Corp", "--stage", "prospect"]);
    let p = env.json(&["partner", "show", "maybe-corp", "--format", "json"]);
    assert_eq!(
        p["gaps"],
        serde_json::json!([]),
        "only active partners are expected to have roles"
    );
}
