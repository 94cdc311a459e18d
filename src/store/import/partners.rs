//! Importing partners: one new file per new partner, written as `partner add` writes it;
//! with `update`, the fields a row gives changed in the partner's file. The optional
//! contact columns (`contact`, `contact_title`, `email`, `phone`) add that person to the
//! partner's contacts, or update them if the partner already lists someone of that name.

use super::records::{copy_keys, push_all};
use super::{Index, Pending, Run, Verdict, describe_changes};
use crate::model::id::{slugify, validate_slug};
use crate::model::import::{self, PARTNER_CONTACT, Row};
use crate::model::partner::{Contact, Partner};
use crate::model::problem::Seg;
use crate::model::{registry, validate};
use crate::store::{Edit, Kind, edit};
use serde_json::Value;
use std::collections::HashMap;

/// Fields of a partner row that are not fields of the partner itself.
const NOT_PARTNER: &[&str] = &["id", "contact", "contact_title", "email", "phone"];

pub(super) fn plan(run: &mut Run, index: &Index, rows: Vec<Row>) -> anyhow::Result<()> {
    let mut rows_of: HashMap<String, usize> = HashMap::new();
    for row in rows {
        if run.bad.contains(&row.number) {
            continue;
        }
        let Some(id) = target(run, index, &row) else {
            continue;
        };
        if let Some(first) = rows_of.insert(id.clone(), row.number) {
            run.error(
                row.number,
                None,
                format!("row {first} is also partner `{id}`; keep one of them"),
            );
            continue;
        }
        let contact = contact_of(run, &row);
        if index.partners.contains(&id) {
            // A partner found by its name keeps the name it has.
            let by_id = row.text("id").is_some();
            existing(run, &row, &id, by_id, contact)?;
        } else {
            create(run, &row, &id, contact)?;
        }
    }
    Ok(())
}

/// The partner a row is: by `id`, else an existing partner of that name, else the id the
/// name makes.
fn target(run: &mut Run, index: &Index, row: &Row) -> Option<String> {
    if let Some(id) = row.text("id") {
        return Some(id.to_string());
    }
    let Some(name) = row.text("name") else {
        run.error(row.number, None, "the row has neither a name nor an id");
        return None;
    };
    if let Some([one]) = index
        .partners
        .by_name
        .get(&import::identity_text(&name.into()))
        .map(Vec::as_slice)
    {
        return Some(one.clone());
    }
    let slug = slugify(name);
    if let Err(e) = validate_slug(&slug).map_err(|e| e.reason) {
        run.error(
            row.number,
            Some("name"),
            format!("cannot make an id from `{name}` ({e}); add an `id` column"),
        );
        return None;
    }
    Some(slug)
}

/// The contact a row names, as the fields of a contact, if any; an email, phone or
/// title needs a name.
fn contact_of(run: &mut Run, row: &Row) -> Option<Row> {
    let values: Vec<(String, Value)> = PARTNER_CONTACT
        .iter()
        .filter_map(|(column, field)| row.get(column).map(|v| (field.to_string(), v.clone())))
        .collect();
    if values.is_empty() {
        return None;
    }
    let contact = Row {
        number: row.number,
        values,
    };
    if contact.get("name").is_none() {
        let given: Vec<&str> = PARTNER_CONTACT
            .iter()
            .filter(|(c, _)| row.get(c).is_some())
            .map(|(c, _)| *c)
            .collect();
        run.error(
            row.number,
            None,
            format!(
                "{} given without a contact name; add the person's name in a `contact` column",
                given.join(" and ")
            ),
        );
        return None;
    }
    Some(contact)
}

fn agreement_in_order(run: &mut Run, row: &Row, p: &Partner) -> bool {
    if let Some(a) = &p.agreement
        && let (Some(s), Some(e)) = (a.signed, a.ends)
        && e < s
    {
        run.error(
            row.number,
            Some("agreement.ends"),
            format!("the agreement would end ({e}) before it was signed ({s})"),
        );
        return false;
    }
    true
}

/// The text rule for a partner a row makes or changes (no control character, see
/// `model::text`), as `check` and `partner add` say it: the fields in `only` when given
/// (those the row changes); and every rule a contact is refused for, as `partner contact
/// add` says it. Reports each problem at its column and says whether there was none.
fn text_ok(
    run: &mut Run,
    row: &Row,
    p: Option<&Partner>,
    only: Option<&[&str]>,
    contact: Option<&Contact>,
) -> bool {
    let mut found: Vec<(String, String)> = p
        .map(validate::partner_text)
        .unwrap_or_default()
        .into_iter()
        .map(|problem| {
            let field: Vec<String> = problem
                .path
                .iter()
                .filter_map(|s| match s {
                    Seg::Key(k) => Some(k.clone()),
                    Seg::Index(_) => None,
                })
                .collect();
            (field.join("."), problem.message)
        })
        .filter(|(field, _)| only.is_none_or(|only| only.contains(&field.as_str())))
        .collect();
    if let Some(c) = contact {
        // Every rule `partner contact add` refuses a contact for: its text, its name's
        // length.
        let has = |_: &str, _: &str| false;
        let file = registry::InFile {
            today: run.opts.today,
            earlier: &[],
            has: &has,
        };
        let refused = registry::findings(c, &file)
            .into_iter()
            .filter(|f| f.refuses());
        for f in refused {
            let column = match f.path.first() {
                Some(Seg::Key(k)) if k == "name" => "contact",
                Some(Seg::Key(k)) if k == "title" => "contact_title",
                Some(Seg::Key(k)) => k.as_str(),
                _ => "contact",
            }
            .to_string();
            found.push((column, f.message));
        }
    }
    let ok = found.is_empty();
    for (field, message) in found {
        run.error(row.number, Some(&field), message);
    }
    ok
}

fn create(run: &mut Run, row: &Row, id: &str, contact: Option<Row>) -> anyhow::Result<()> {
    if row.text("name").is_none() {
        run.error(
            row.number,
            None,
            format!("there is no partner `{id}` yet, and a new partner needs a name"),
        );
        return Ok(());
    }
    let Some(mut partner) = run.ok(
        row.number,
        import::from_object::<Partner>(row.object(NOT_PARTNER)),
    ) else {
        return Ok(());
    };
    if !agreement_in_order(run, row, &partner) {
        return Ok(());
    }
    partner.id = id.to_string();
    // accord begins tracking it today; a file with an `added` column says when it did
    // (an empty cell of an exported file stays empty)
    if !run.headers.contains_key("added") {
        partner.added = Some(run.opts.today);
    }
    if let Some(c) = contact {
        let Some(c) = run.ok(row.number, import::from_object::<Contact>(c.object(&[]))) else {
            return Ok(());
        };
        if !text_ok(run, row, Some(&partner), None, Some(&c)) {
            return Ok(());
        }
        partner.contacts.push(c);
    } else if !text_ok(run, row, Some(&partner), None, None) {
        return Ok(());
    }
    run.plan(
        row.number,
        Verdict::Create,
        format!("partner `{id}` ({})", partner.name),
    );
    if !run.opts.dry_run {
        let file = run.ws.new_file(id, &partner)?;
        run.pending.push(Pending::new::<Partner>(file));
    }
    Ok(())
}

fn existing(
    run: &mut Run,
    row: &Row,
    id: &str,
    by_id: bool,
    contact: Option<Row>,
) -> anyhow::Result<()> {
    let path = run.ws.path(Kind::Partner, id);
    let (mut file, mut current) = Edit::open::<Partner>(&path)?;
    current.id = id.to_string();
    let what = format!("partner `{id}` ({})", current.name);
    if !run.opts.update {
        run.plan(row.number, Verdict::Skip, what);
        return Ok(());
    }
    let before = serde_json::to_value(&current)?;
    let skip: Vec<&str> = NOT_PARTNER
        .iter()
        .copied()
        .chain((!by_id).then_some("name"))
        .collect();
    let changes = import::changes(row, &before, &skip);
    let Some(merged) = run.ok(row.number, import::merge::<Partner>(&before, &changes)) else {
        return Ok(());
    };
    let changed: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
    if !agreement_in_order(run, row, &merged)
        || !text_ok(run, row, Some(&merged), Some(&changed), None)
    {
        return Ok(());
    }
    let mut words = describe_changes(&changes);
    // The contact: changed fields of the person of that name, or a new person.
    let mut contact_change: Option<(Option<usize>, Contact, Vec<String>)> = None;
    if let Some(c) = contact {
        let name = c.text("name").unwrap_or_default().to_string();
        let at = current
            .contacts
            .iter()
            .position(|k| k.name.trim().eq_ignore_ascii_case(name.trim()));
        match at {
            Some(i) => {
                let old = serde_json::to_value(&current.contacts[i])?;
                let ch = import::changes(&c, &old, &["name"]);
                if !ch.is_empty() {
                    let Some(merged) = run.ok(row.number, import::merge::<Contact>(&old, &ch))
                    else {
                        return Ok(());
                    };
                    if !text_ok(run, row, None, None, Some(&merged)) {
                        return Ok(());
                    }
                    words.extend(
                        describe_changes(&ch)
                            .into_iter()
                            .map(|w| format!("contact {name}'s {w}")),
                    );
                    let keys = ch.iter().map(|c| c.field.clone()).collect();
                    contact_change = Some((Some(i), merged, keys));
                }
            }
            None => {
                let Some(new) = run.ok(row.number, import::from_object::<Contact>(c.object(&[])))
                else {
                    return Ok(());
                };
                if !text_ok(run, row, None, None, Some(&new)) {
                    return Ok(());
                }
                words.push(format!("new contact {name}"));
                contact_change = Some((None, new, Vec::new()));
            }
        }
    }
    if words.is_empty() {
        run.plan(row.number, Verdict::Unchanged, what);
        return Ok(());
    }
    run.plan(row.number, Verdict::Update(words), what);
    if run.opts.dry_run {
        return Ok(());
    }
    let keys: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
    copy_keys(file.root(), &edit::to_table(&merged)?, &keys);
    match contact_change {
        Some((None, c, _)) => push_all(&mut file.doc, "contact", vec![edit::to_table(&c)?])?,
        Some((Some(i), c, keys)) => {
            let Some(t) = edit::records_mut(&mut file.doc, "contact").and_then(|a| a.get_mut(i))
            else {
                anyhow::bail!(
                    "`{}`: its contacts are not [[contact]] tables",
                    run.ws.rel(&path)
                );
            };
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            copy_keys(t, &edit::to_table(&c)?, &keys);
        }
        None => {}
    }
    run.pending.push(Pending::new::<Partner>(file));
    Ok(())
}
