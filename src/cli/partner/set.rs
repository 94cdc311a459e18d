//! `accord partner set`: change fields of a partner, leaving the rest of its file as is.

use crate::cli::word;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::cadence::Cadence;
use crate::model::date::DateSpec;
use crate::model::floor::Floor;
use crate::model::partner::{Partner, Stage};
use crate::model::text;
use crate::model::validate::own_text;
use crate::store::edit;
use crate::store::{Edit, Kind};
use clap::Args;

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// New name (the id stays the same)
    #[arg(long)]
    pub name: Option<String>,
    /// New type
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// New stage (use `accord partner end` to end a partnership)
    #[arg(long, value_parser = word::<Stage>())]
    pub stage: Option<Stage>,
    /// How often to meet: weekly, biweekly, monthly, quarterly, semiannual, annual, or
    /// days such as 45d
    #[arg(long)]
    pub cadence: Option<Cadence>,
    /// When the partnership began
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<DateSpec>,
    /// The share of contributions under which a side's investment is flagged for this
    /// partner: 0.1 or 10%, `off` where one side giving most is expected, or `default`
    /// for its type's or the workspace's
    #[arg(long, value_name = "FLOOR")]
    pub balance: Option<String>,
    /// When the agreement (MOU) was signed
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub agreement_signed: Option<DateSpec>,
    /// When the agreement ends
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub agreement_ends: Option<DateSpec>,
    /// Add a tag (can be repeated)
    #[arg(long, value_name = "TAG")]
    pub add_tag: Vec<String>,
    /// Remove a tag (can be repeated)
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
    /// Add a focus area (can be repeated)
    #[arg(long, value_name = "AREA")]
    pub add_focus: Vec<String>,
    /// Remove a focus area (can be repeated)
    #[arg(long, value_name = "AREA")]
    pub remove_focus: Vec<String>,
    /// Replace the note ("" removes it)
    #[arg(long)]
    pub note: Option<String>,
    /// Replace the website ("" removes it)
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
}

pub fn run(ctx: &Ctx, args: SetArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    if args.stage == Some(Stage::Ended) {
        return Err(hinted(
            "`--stage ended` would lose when and why the partnership ended",
            format!("use `accord partner end {id} --reason TEXT`"),
        ));
    }
    let kind = args
        .kind
        .as_deref()
        .map(|k| ws.settings.partner_type(k).map_err(usage))
        .transpose()?;
    let today = ctx.today;
    let changes = ws.update::<Partner, _>(&id, |p, e| {
        let mut changes = Vec::new();
        apply(p, e, &args, kind.as_deref(), today, &mut changes)?;
        Ok(changes)
    })?;
    if changes.is_empty() && !args.asks() {
        return Err(usage(
            "nothing to change; give at least one option (see `accord partner set --help`)",
        ));
    }
    if changes.is_empty() {
        // Every option asked for what the file already says (a tag it has).
        ctx.status(&format!("nothing changed: `{id}` already is as asked"));
        return Ok(());
    }
    ctx.status(&format!("updated partner `{id}`: {}", changes.join(", ")));
    Ok(())
}

impl SetArgs {
    /// Whether any change is asked for.
    fn asks(&self) -> bool {
        let lists = [
            &self.add_tag,
            &self.remove_tag,
            &self.add_focus,
            &self.remove_focus,
        ];
        self.name.is_some()
            || self.kind.is_some()
            || self.stage.is_some()
            || self.cadence.is_some()
            || self.since.is_some()
            || self.balance.is_some()
            || self.agreement_signed.is_some()
            || self.agreement_ends.is_some()
            || self.note.is_some()
            || self.website.is_some()
            || lists.iter().any(|l| !l.is_empty())
    }
}

fn apply(
    p: &Partner,
    e: &mut Edit,
    args: &SetArgs,
    kind: Option<&str>,
    today: chrono::NaiveDate,
    changes: &mut Vec<String>,
) -> anyhow::Result<()> {
    let root = e.root();
    if let Some(name) = &args.name {
        let name = name.trim();
        text::check_name("the partner field `name`", "the partner's name", name).map_err(usage)?;
        edit::set_str(root, "name", name);
        changes.push(format!("name {name}"));
    }
    if let Some(kind) = kind {
        edit::set_str(root, "type", kind);
        changes.push(format!("type {kind}"));
    }
    if let Some(stage) = args.stage {
        edit::set_str(root, "stage", stage.as_str());
        changes.push(format!("stage {stage}"));
        if p.stage == Stage::Ended {
            root.remove("ended");
            root.remove("end_reason");
            root.remove("ended_from");
            changes.push("cleared its end date and reason".to_string());
        }
    }
    if let Some(c) = args.cadence {
        edit::set_str(root, "cadence", &c.to_string());
        changes.push(format!("cadence {c}"));
    }
    if let Some(since) = args.since {
        let d = since.resolve(today);
        edit::set_date(root, "since", d);
        changes.push(format!("since {d}"));
    }
    if let Some(b) = &args.balance {
        if b.trim().eq_ignore_ascii_case("default") {
            if root.remove("balance").is_some() {
                changes.push("balance floor back to the default".to_string());
            }
        } else {
            let floor: Floor = b.parse().map_err(|e: String| {
                usage(format!(
                    "{e} (or `default` for its type's or the workspace's floor)"
                ))
            })?;
            let value = match floor {
                Floor::Off => toml_edit::Value::from("off"),
                Floor::Share(s) => toml_edit::Value::from(s),
            };
            edit::set(root, "balance", value);
            changes.push(format!("balance floor {floor}"));
        }
    }
    if args.agreement_signed.is_some() || args.agreement_ends.is_some() {
        let current = p.agreement.clone().unwrap_or_default();
        let signed = args
            .agreement_signed
            .map(|d| d.resolve(today))
            .or(current.signed);
        let ends = args
            .agreement_ends
            .map(|d| d.resolve(today))
            .or(current.ends);
        if let (Some(s), Some(en)) = (signed, ends)
            && en < s
        {
            return Err(usage(format!(
                "the agreement would end ({en}) before it was signed ({s})"
            )));
        }
        if root.get("agreement").is_none() {
            let mut t = toml_edit::Table::new();
            t.insert("kind", toml_edit::value("MOU"));
            root.insert("agreement", toml_edit::Item::Table(t));
        }
        let Some(a) = root.get_mut("agreement").and_then(|i| i.as_table_mut()) else {
            anyhow::bail!("`agreement` in this partner's file is not a table");
        };
        if let Some(d) = args.agreement_signed.map(|d| d.resolve(today)) {
            edit::set_date(a, "signed", d);
            changes.push(format!("agreement signed {d}"));
        }
        if let Some(d) = args.agreement_ends.map(|d| d.resolve(today)) {
            edit::set_date(a, "ends", d);
            changes.push(format!("agreement ends {d}"));
        }
    }
    for (key, add, remove, noun) in [
        ("tags", &args.add_tag, &args.remove_tag, "tag"),
        ("focus", &args.add_focus, &args.remove_focus, "focus"),
    ] {
        for v in add.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            own_text("partner", key, v).map_err(usage)?;
            if edit::array_add(root, key, v)? {
                changes.push(format!("added {noun} {v}"));
            }
        }
        for v in remove.iter().map(|s| s.trim()) {
            if !edit::array_remove(root, key, v)? {
                return Err(usage(format!("partner has no {noun} `{v}`")));
            }
            changes.push(format!("removed {noun} {v}"));
        }
    }
    for (key, value) in [("notes", &args.note), ("website", &args.website)] {
        if let Some(v) = value {
            let v = v.trim();
            own_text("partner", key, v).map_err(usage)?;
            edit::set_opt_str(root, key, (!v.is_empty()).then_some(v));
            changes.push(if v.is_empty() {
                format!("removed {key}")
            } else {
                format!("{key} updated")
            });
        }
    }
    Ok(())
}
