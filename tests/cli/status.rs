use crate::common::TestEnv;

#[test]
fn nothing_to_do_is_one_line() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["status"]),
        "nothing needs attention as of 2026-11-23\n"
    );
    let json = env.json(&["status", "--format", "json"]);
    assert_eq!(json["items"], serde_json::json!([]));
    env.ok(&["status", "--exit-code"]);
}

#[test]
fn agreements_and_missing_roles_are_listed_most_urgent_first() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Expired",
        "--agreement-signed",
        "2024-01-01",
        "--agreement-ends",
        "2026-09-30",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Ending",
        "--agreement-signed",
        "2024-01-01",
        "--agreement-ends",
        "+30d",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Fine",
        "--agreement-signed",
        "2024-01-01",
        "--agreement-ends",
        "+91d",
    ]);
    for id in ["expired", "ending", "fine"] {
        for side in ["ours", "partner"] {
            env.ok(&[
                "role", "assign", id, "--side", side, "--title", "Liaison", "--person", "Someone",
            ]);
        }
    }
    env.ok(&["partner", "add", "Roleless", "--stage", "active"]);
    env.ok(&["partner", "add", "Prospect", "--stage", "prospect"]);
    let json = env.json(&["status", "--format", "json"]);
    let items: Vec<(String, String, String)> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["urgency"].as_str().unwrap().to_string(),
                i["kind"].as_str().unwrap().to_string(),
                i["partner"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = |u: &str, k: &str, p: &str| (u.to_string(), k.to_string(), p.to_string());
    assert_eq!(
        items,
        vec![
            expect("overdue", "agreement-expired", "expired"),
            expect("soon", "agreement-ending", "ending"),
            expect("watch", "no-role", "roleless"),
            expect("watch", "no-role", "roleless"),
        ]
    );
    assert_eq!(json["items"][0]["days"], 54);
    assert_eq!(
        (
            json["overdue"].as_u64(),
            json["soon"].as_u64(),
            json["watch"].as_u64()
        ),
        (Some(1), Some(1), Some(2))
    );
    let text = env.ok(&["status"]);
    assert!(text.starts_with("overdue  Expired   MOU ended 2026-09-30 (54 days ago) and was not renewed\n         → accord partner set expired --agreement-signed DATE --agreement-ends DATE\n"), "{text}");
    assert!(
        text.ends_with("\n1 overdue, 1 due soon, 2 to watch as of 2026-11-23\n"),
        "{text}"
    );
    env.fails(1, &["status", "--exit-code"]);
}
