//! Generates large, realistic workspaces for the benchmarks: partners with contacts,
//! roles, an agreement, years of check-ins and action items, evaluations from both sides,
//! contributions and wins, plus goals with measurements. Deterministic for a given seed.

use std::fmt::Write as _;
use std::path::Path;

/// How big a workspace to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub partners: usize,
    /// Years of history per partner (about 8 check-ins, 10 actions, 6 contributions,
    /// 2 evaluations and 2 wins a year).
    pub years: usize,
    pub goals: usize,
}

/// A small deterministic random source (xorshift64*), so runs are comparable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    /// A record id in accord's alphabet.
    pub fn id(&mut self) -> String {
        const ALPHABET: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";
        (0..8)
            .map(|_| ALPHABET[self.below(32) as usize] as char)
            .collect()
    }
}

const TYPES: &[&str] = &[
    "corporate",
    "nonprofit",
    "community",
    "academic",
    "government",
    "health",
    "cultural",
];
const STAGES: &[&str] = &[
    "active",
    "active",
    "active",
    "active",
    "exploring",
    "paused",
    "ended",
];
const FOCUS: &[&str] = &[
    "mentoring",
    "internships",
    "job shadowing",
    "tutoring",
    "health education",
    "STEM",
    "arts",
    "teacher training",
    "scholarships",
    "facilities",
];
const KINDS: &[&str] = &["review", "meeting", "call", "visit", "event", "email"];
const CONTRIB: &[&str] = &[
    "funding",
    "in-kind",
    "staff-hours",
    "volunteer-hours",
    "facilities",
];
const DIMENSIONS: &[&str] = &[
    "vision",
    "communication",
    "roles",
    "investment",
    "trust",
    "value",
    "flexibility",
];

/// A date `days` after 2020-01-01 as `YYYY-MM-DD` (good enough for generated data).
fn day(days: u64) -> String {
    let base = chrono_like(days);
    format!("{:04}-{:02}-{:02}", base.0, base.1, base.2)
}

/// Days since 2020-01-01 to (year, month, day), with real month lengths.
fn chrono_like(mut days: u64) -> (u64, u64, u64) {
    let mut year = 2020;
    loop {
        let len = if year % 4 == 0 { 366 } else { 365 };
        if days < len {
            break;
        }
        days -= len;
        year += 1;
    }
    let months = [
        31,
        if year % 4 == 0 { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while days >= months[month] {
        days -= months[month];
        month += 1;
    }
    (year, month as u64 + 1, days + 1)
}

/// Days from 2020-01-01 to 2026-11-23, the benchmarks' today.
pub const TODAY: u64 = 2518;

/// Write one partner file's text.
pub fn partner(rng: &mut Rng, i: usize, years: usize) -> String {
    let mut s = String::new();
    let stage = rng.pick(STAGES);
    let since = TODAY - 365 * years as u64 - rng.below(300);
    let _ = writeln!(
        s,
        "# Generated partner {i}\nname = \"Partner Organization {i}\""
    );
    let _ = writeln!(
        s,
        "type = \"{}\"\nstage = \"{stage}\"\nsince = {}",
        rng.pick(TYPES),
        day(since)
    );
    let _ = writeln!(
        s,
        "focus = [\"{}\", \"{}\"]\ntags = [\"cohort-{}\"]",
        rng.pick(FOCUS),
        rng.pick(FOCUS),
        i % 7
    );
    if stage == "ended" {
        let _ = writeln!(
            s,
            "ended = {}\nend_reason = \"Program completed\"",
            day(TODAY - 30)
        );
    }
    let signed = since + 30;
    let _ = writeln!(
        s,
        "\n[agreement]\nkind = \"MOU\"\nsigned = {}\nends = {}",
        day(signed),
        day(TODAY + rng.below(900) - 200)
    );
    for c in 0..2 {
        let _ = writeln!(
            s,
            "\n[[contact]]\nname = \"Contact {c} of {i}\"\ntitle = \"Program Lead\"\nemail = \"c{c}@p{i}.example.org\""
        );
    }
    for side in ["ours", "partner"] {
        let _ = writeln!(
            s,
            "\n[[role]]\nside = \"{side}\"\ntitle = \"Liaison\"\nperson = \"Liaison {side} {i}\"\nresp = [\"Plan the quarterly review\", \"Share data\"]"
        );
    }
    let span = 365 * years as u64;
    let mut checkins = Vec::new();
    for _ in 0..8 * years {
        let date = TODAY - 1 - rng.below(span);
        let id = rng.id();
        let _ = writeln!(
            s,
            "\n[[checkin]]\nid = \"{id}\"\ndate = {}\nkind = \"{}\"\nattendees = [\"Liaison ours {i}\", \"Liaison partner {i}\"]\nsummary = \"Reviewed progress on placements and shared attendance data\"\nnotes = \"\"\"\nDiscussed the spring schedule.\nAgreed to revisit transportation.\"\"\"\ntopics = [\"progress\", \"data\"]\nrating = {}\nby = \"Bench\"",
            day(date),
            rng.pick(KINDS),
            1 + rng.below(5)
        );
        checkins.push((id, date));
    }
    for (n, (cid, date)) in checkins.iter().enumerate().take(10 * years) {
        let due = date + 14 + rng.below(30);
        let done = if rng.below(3) > 0 && due < TODAY {
            let done = (due + rng.below(12))
                .saturating_sub(rng.below(10))
                .min(TODAY - 1);
            format!("\ndone = {}", day(done))
        } else {
            String::new()
        };
        let side = if n % 2 == 0 { "ours" } else { "partner" };
        let _ = writeln!(
            s,
            "\n[[action]]\nid = \"{}\"\ntext = \"Follow-up item {n}\"\nowner = \"Liaison {side} {i}\"\nside = \"{side}\"\ndue = {}{done}\ncheckin = \"{cid}\"\ncreated = {}",
            rng.id(),
            day(due),
            day(*date)
        );
    }
    for y in 0..years {
        for side in ["ours", "partner"] {
            let date = TODAY - 30 - 365 * y as u64 - rng.below(60);
            let scores: Vec<String> = DIMENSIONS
                .iter()
                .map(|d| format!("{d} = {}", 1 + rng.below(5)))
                .collect();
            let _ = writeln!(
                s,
                "\n[[evaluation]]\nid = \"{}\"\ndate = {}\ninstrument = \"accord\"\nside = \"{side}\"\nscores = {{ {} }}",
                rng.id(),
                day(date),
                scores.join(", ")
            );
        }
    }
    for _ in 0..6 * years {
        let _ = writeln!(
            s,
            "\n[[contribution]]\nid = \"{}\"\ndate = {}\nkind = \"{}\"\namount = {}\nside = \"{}\"",
            rng.id(),
            day(TODAY - 1 - rng.below(span)),
            rng.pick(CONTRIB),
            50 + rng.below(5000),
            if rng.below(2) == 0 { "ours" } else { "partner" }
        );
    }
    for w in 0..2 * years {
        let _ = writeln!(
            s,
            "\n[[win]]\nid = \"{}\"\ndate = {}\ntext = \"Milestone {w}: students completed the program\"",
            rng.id(),
            day(TODAY - 1 - rng.below(span))
        );
    }
    s
}

/// Write one goal file's text.
pub fn goal(rng: &mut Rng, i: usize, partners: usize, years: usize) -> String {
    let mut s = String::new();
    let start = TODAY - 365 * years as u64;
    let partner_list = if i.is_multiple_of(3) {
        String::new()
    } else {
        format!(
            "partners = [\"partner-{:05}\"]\n",
            rng.below(partners as u64)
        )
    };
    let _ = write!(
        s,
        "title = \"Goal {i}\"\nmetric = \"students served\"\nunit = \"students\"\nbaseline = 100\ntarget = 200\nstart = {}\ndue = {}\n{partner_list}",
        day(start),
        day(TODAY + 200)
    );
    for m in 0..12 * years as u64 {
        let _ = writeln!(
            s,
            "\n[[measurement]]\nid = \"{}\"\ndate = {}\nvalue = {}",
            rng.id(),
            day(start + 30 * m + 1),
            100 + m * 3 + rng.below(10)
        );
    }
    s
}

/// Create a workspace of `size` in `dir` (which must not hold one yet).
pub fn generate(dir: &Path, size: Size, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng::new(seed);
    std::fs::create_dir_all(dir.join("partners"))?;
    std::fs::create_dir_all(dir.join("goals"))?;
    std::fs::write(
        dir.join("accord.toml"),
        "schema = 1\nname = \"Benchmark Program\"\norg = \"Benchmark District\"\nfiscal_year_start = 7\nhour_value = 33.49\n",
    )?;
    for i in 0..size.partners {
        let text = partner(&mut rng, i, size.years);
        std::fs::write(dir.join(format!("partners/partner-{i:05}.toml")), text)?;
    }
    for i in 0..size.goals {
        let text = goal(&mut rng, i, size.partners, size.years);
        std::fs::write(dir.join(format!("goals/goal-{i:04}.toml")), text)?;
    }
    Ok(())
}
