//! Checks that the guide is whole: every reference resolves, every result is reachable, and the
//! questions form a tree (so a question's link alone says which answers led to it).

use super::day::Day;
use super::error::DataError;
use super::link::{is_slug, Answers};
use super::model::{Guide, Next};
use super::walk::End;
use std::collections::{BTreeMap, BTreeSet};

/// The longest chain of questions; a flow deeper than this would not fit the one-question-per-screen promise.
pub const MAX_DEPTH: usize = 12;

/// The most numbered step cards a result may have; rarer checks go under `more`, folded away.
pub const MAX_NUMBERED_STEPS: usize = 7;

/// Words that say a time-limited rule is over. A rule whose `until` is before the data's check
/// date must use one, so the data cannot present an ended rule as current.
const ENDED_WORDS: [&str; 2] = ["終了しました", "終わりました"];

/// Hosts of official bodies that are not under `go.jp` or `lg.jp`: municipalities with their own
/// domains, the insurer associations, the regional 後期高齢者医療広域連合, and MHLW's portal for
/// medical institutions (医療機関等向け総合ポータルサイト), which MHLW runs on a rented host.
const OFFICIAL_HOSTS: [&str; 9] = [
    "tomiya-city.miyagi.jp",
    "inacity.jp",
    "kyoukaikenpo.or.jp",
    "kenporen.com",
    "saitama-koukikourei.org",
    "iryokouiki-hokkaido.jp",
    "kokuho.or.jp",
    "city-yanai.jp",
    "iryohokenjyoho.service-now.com",
];

impl Guide {
    /// Returns the first problem found, naming the item and field, or `Ok` when the guide is whole.
    pub fn validate(&self) -> Result<(), DataError> {
        self.check_ids()?;
        self.check_references()?;
        self.check_contents()?;
        self.check_flow()?;
        self.check_moved_answers()?;
        Ok(())
    }

    fn check_ids(&self) -> Result<(), DataError> {
        let collections: [(&str, Vec<&str>); 7] = [
            ("scene", self.scenes.iter().map(|s| s.id.as_str()).collect()),
            ("question", self.questions.iter().map(|q| q.id.as_str()).collect()),
            ("cause", self.causes.iter().map(|c| c.id.as_str()).collect()),
            ("check", self.checks.iter().map(|c| c.id.as_str()).collect()),
            ("fact", self.facts.iter().map(|f| f.id.as_str()).collect()),
            ("phone", self.phones.iter().map(|p| p.id.as_str()).collect()),
            ("result", self.results.iter().map(|r| r.id.as_str()).collect()),
        ];
        for (kind, ids) in &collections {
            unique_slugs(ids, |id| format!("{kind} \"{id}\""), "id")?;
        }
        for q in &self.questions {
            let ids: Vec<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
            unique_slugs(&ids, |_| format!("question \"{}\"", q.id), "answers")?;
        }
        for c in &self.checks {
            let ids: Vec<&str> = c.steps.iter().map(|s| s.id.as_str()).collect();
            unique_slugs(&ids, |_| format!("check \"{}\"", c.id), "steps")?;
        }
        for (old, new) in &self.aliases {
            let item = format!("alias \"{old}\"");
            if !is_slug(old) {
                return Err(DataError::new(item, "name", "must be a slug of a-z, 0-9 and -"));
            }
            if self.result(old).is_some() {
                return Err(DataError::new(item, "name", "is the id of a current result"));
            }
            if self.result(new).is_none() {
                return Err(DataError::new(item, "target", format!("unknown result \"{new}\"")));
            }
        }
        Ok(())
    }

    /// Each moved start no longer leads to a result (links through it would need no move);
    /// where it starts now is a path of the flow.
    fn check_moved_answers(&self) -> Result<(), DataError> {
        for (old, new) in &self.moved_answers {
            let item = format!("moved answers \"{old}\"");
            // Both sides are paths of answer ids as a link carries them.
            let walked = |path: &str| path.parse::<Answers>().ok().and_then(|a| self.walk(&a.0).ok().map(|w| w.end));
            if matches!(walked(old), Some(End::Show(_))) {
                return Err(DataError::new(item, "name", "still leads to a result: links with it need no move"));
            }
            if walked(new).is_none() {
                return Err(DataError::new(item, "target", format!("\"{new}\" is not a path of the flow")));
            }
        }
        Ok(())
    }

    fn check_references(&self) -> Result<(), DataError> {
        let item = "meta".to_string();
        if self.question(&self.meta.start).is_none() {
            return Err(DataError::new(item, "start", format!("unknown question \"{}\"", self.meta.start)));
        }
        if self.check(&self.meta.fallback).is_none() {
            return Err(DataError::new(item, "fallback", format!("unknown check \"{}\"", self.meta.fallback)));
        }
        if self.check(&self.meta.counter).is_none() {
            return Err(DataError::new(item, "counter", format!("unknown check \"{}\"", self.meta.counter)));
        }
        check_date(&item, "as_of", &self.meta.as_of)?;
        check_date(&item, "checked", &self.meta.checked)?;
        if self.meta.checked < self.meta.as_of {
            return Err(DataError::new(
                item,
                "checked",
                format!("{} is before the guide's date {}", self.meta.checked, self.meta.as_of),
            ));
        }
        for s in &self.scenes {
            let item = format!("scene \"{}\"", s.id);
            self.known_causes(&item, &s.causes)?;
            if self.check(&s.first_check).is_none() {
                return Err(DataError::new(item, "first_check", format!("unknown check \"{}\"", s.first_check)));
            }
        }
        for q in &self.questions {
            let item = format!("question \"{}\"", q.id);
            for (i, a) in q.answers.iter().enumerate() {
                if let Some(scene) = &a.scene {
                    if !self.scenes.iter().any(|s| &s.id == scene) {
                        return Err(DataError::new(
                            item,
                            format!("answers[{i}].scene"),
                            format!("unknown scene \"{scene}\""),
                        ));
                    }
                }
                let at_desk = a.scene.as_deref().and_then(|id| self.scene(id)).is_some_and(|s| s.desk);
                if a.at_home && (q.id != self.meta.start || at_desk) {
                    return Err(DataError::new(
                        item,
                        format!("answers[{i}].at_home"),
                        "is for answers of the first question that are not at the reception desk",
                    ));
                }
                let leads_somewhere = match &a.next {
                    Next::Question(id) => self.question(id).is_some(),
                    Next::Result(id) => self.result(id).is_some(),
                };
                if !leads_somewhere {
                    let (kind, id) = match &a.next {
                        Next::Question(id) => ("question", id),
                        Next::Result(id) => ("result", id),
                    };
                    return Err(DataError::new(
                        item,
                        format!("answers[{i}].next"),
                        format!("answer \"{}\" leads to unknown {kind} \"{id}\"", a.id),
                    ));
                }
            }
        }
        for r in &self.results {
            let item = format!("result \"{}\"", r.id);
            self.known_causes(&item, &r.causes)?;
            for (field, ids) in [("checks", &r.checks), ("more", &r.more)] {
                for (i, c) in ids.iter().enumerate() {
                    if self.check(c).is_none() {
                        return Err(DataError::new(item, format!("{field}[{i}]"), format!("unknown check \"{c}\"")));
                    }
                }
            }
            if let Some((i, c)) = r.more.iter().enumerate().find(|(_, c)| r.checks.contains(c)) {
                return Err(DataError::new(item, format!("more[{i}]"), format!("check \"{c}\" is already numbered")));
            }
            if r.desk {
                if let Some(i) = r.checks.iter().position(|c| c == &self.meta.counter) {
                    return Err(DataError::new(
                        item,
                        format!("checks[{i}]"),
                        format!("check \"{}\" already opens the page as what to do at the counter", self.meta.counter),
                    ));
                }
            }
            let whens: Vec<_> =
                r.checks.iter().filter_map(|c| self.check(c)).map(|c| (c.id.as_str(), c.when)).collect();
            if let Some(i) = (1..whens.len()).find(|&i| whens[i].1 < whens[i - 1].1) {
                return Err(DataError::new(
                    item,
                    format!("checks[{i}]"),
                    format!(
                        "check \"{}\" ({}) comes after \"{}\" ({}); order the steps by when to do them",
                        whens[i].0,
                        whens[i].1.as_str(),
                        whens[i - 1].0,
                        whens[i - 1].1.as_str()
                    ),
                ));
            }
        }
        for c in &self.checks {
            for (i, s) in c.steps.iter().enumerate() {
                if let Some(phone) = s.call.as_deref().filter(|p| self.phone(p).is_none()) {
                    return Err(DataError::new(
                        format!("check \"{}\"", c.id),
                        format!("steps[{i}].call"),
                        format!("unknown phone \"{phone}\""),
                    ));
                }
            }
        }
        for (i, p) in self.contacts.phones.iter().enumerate() {
            if self.phone(p).is_none() {
                return Err(DataError::new("contacts", format!("phones[{i}]"), format!("unknown phone \"{p}\"")));
            }
        }
        Ok(())
    }

    fn known_causes(&self, item: &str, causes: &[String]) -> Result<(), DataError> {
        for (i, c) in causes.iter().enumerate() {
            if self.cause(c).is_none() {
                return Err(DataError::new(item, format!("causes[{i}]"), format!("unknown cause \"{c}\"")));
            }
        }
        Ok(())
    }

    fn check_contents(&self) -> Result<(), DataError> {
        for (field, text, names) in self.ui.templates() {
            for name in names {
                if !text.contains(&format!("{{{name}}}")) {
                    return Err(DataError::new(
                        "ui",
                        field,
                        format!("must contain {{{name}}}, which its place fills in"),
                    ));
                }
            }
        }
        for q in &self.questions {
            if q.answers.is_empty() {
                return Err(DataError::new(format!("question \"{}\"", q.id), "answers", "has no answers"));
            }
        }
        for r in &self.results {
            let item = format!("result \"{}\"", r.id);
            if r.checks.is_empty() {
                return Err(DataError::new(item, "checks", "has no cards"));
            }
            if r.causes.is_empty() {
                return Err(DataError::new(item, "causes", "names no cause"));
            }
        }
        for r in &self.results {
            let item = format!("result \"{}\"", r.id);
            if r.desk && r.desk_note.as_deref().is_none_or(str::is_empty) {
                return Err(DataError::new(
                    item,
                    "desk_note",
                    "is missing: the desk view says one line about this person's situation",
                ));
            }
            if r.recheck_days.is_some_and(|d| !(1..=60).contains(&d)) {
                return Err(DataError::new(item, "recheck_days", "must be between 1 and 60"));
            }
            if r.ask.to.is_empty() || r.ask.question.is_empty() {
                return Err(DataError::new(item, "ask", "needs whom to ask and the question"));
            }
        }
        let mut terms = BTreeSet::new();
        for (i, t) in self.glossary.iter().enumerate() {
            if t.term.is_empty() || t.plain.is_empty() {
                return Err(DataError::new("glossary", format!("[{i}]"), "needs a term and its plain explanation"));
            }
            if !terms.insert(t.term.as_str()) {
                return Err(DataError::new("glossary", format!("[{i}]"), format!("duplicate term \"{}\"", t.term)));
            }
        }
        for r in &self.results {
            let numbered: usize = self.numbered_checks(r).iter().map(|c| c.steps.len()).sum();
            if numbered > MAX_NUMBERED_STEPS {
                return Err(DataError::new(
                    format!("result \"{}\"", r.id),
                    "checks",
                    format!("has {numbered} numbered steps; at most {MAX_NUMBERED_STEPS} fit, move rarer checks to \"more\""),
                ));
            }
        }
        for c in &self.checks {
            let item = format!("check \"{}\"", c.id);
            if c.steps.is_empty() {
                return Err(DataError::new(item, "steps", "has no steps"));
            }
            for (i, s) in c.steps.iter().enumerate() {
                let field = |name: &str| format!("steps[{i}].{name}");
                if let Some(date) = &s.date {
                    check_date(&item, &field("date"), date)?;
                }
                self.check_sourced(&item, &field(""), s.source.as_deref(), s.checked.as_deref())?;
                self.check_until(&item, &field(""), s.until.as_deref(), &s.text)?;
            }
        }
        for c in &self.causes {
            self.check_sourced(&format!("cause \"{}\"", c.id), "", c.source.as_deref(), c.checked.as_deref())?;
        }
        for f in &self.facts {
            let item = format!("fact \"{}\"", f.id);
            check_date(&item, "date", &f.date)?;
            self.check_sourced(&item, "", Some(&f.source), Some(&f.checked))?;
            self.check_until(&item, "", f.until.as_deref(), &f.text)?;
        }
        for p in &self.phones {
            let item = format!("phone \"{}\"", p.id);
            let dialable = p.number.starts_with('0')
                && p.number.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                && (10..=11).contains(&p.number.bytes().filter(u8::is_ascii_digit).count());
            if !dialable {
                return Err(DataError::new(
                    item,
                    "number",
                    format!("\"{}\" is not a Japanese phone number of digits and hyphens", p.number),
                ));
            }
            self.check_sourced(&item, "", Some(&p.source), Some(&p.checked))?;
        }
        if self.desk.sources.is_empty() {
            return Err(DataError::new("desk", "sources", "is empty: staff must be able to see where this is stated"));
        }
        for (i, url) in self.desk.sources.iter().enumerate() {
            check_source("desk", &format!("sources[{i}]"), url)?;
        }
        self.check_read_on("desk", "checked", &self.desk.checked)?;
        self.check_sourced("contacts", "", Some(&self.contacts.source), Some(&self.contacts.checked))?;
        if self.contacts.memo.is_empty() {
            return Err(DataError::new("contacts", "memo", "is empty"));
        }
        Ok(())
    }

    /// A source is an https address read on a day between the guide's date and the data's
    /// check date; `checked` without a source, or a source without it, is an error.
    /// `prefix` is the field path before `source` / `checked` (e.g. `steps[2].`).
    fn check_sourced(
        &self,
        item: &str,
        prefix: &str,
        source: Option<&str>,
        checked: Option<&str>,
    ) -> Result<(), DataError> {
        match (source, checked) {
            (None, None) => Ok(()),
            (Some(_), None) => {
                Err(DataError::new(item, format!("{prefix}checked"), "is missing: say when the source was read"))
            }
            (None, Some(_)) => {
                Err(DataError::new(item, format!("{prefix}source"), "is missing: checked names no source"))
            }
            (Some(url), Some(day)) => {
                check_source(item, &format!("{prefix}source"), url)?;
                self.check_read_on(item, &format!("{prefix}checked"), day)
            }
        }
    }

    /// The day a source was read lies between the guide's date and the data's check date.
    fn check_read_on(&self, item: &str, field: &str, day: &str) -> Result<(), DataError> {
        check_date(item, field, day)?;
        if day < self.meta.as_of.as_str() || day > self.meta.checked.as_str() {
            return Err(DataError::new(
                item,
                field,
                format!(
                    "{day} is not between the guide's date {} and the data's check date {}",
                    self.meta.as_of, self.meta.checked
                ),
            ));
        }
        Ok(())
    }

    /// A rule that ended before the data's check date must say it has ended.
    fn check_until(&self, item: &str, prefix: &str, until: Option<&str>, text: &str) -> Result<(), DataError> {
        let Some(until) = until else { return Ok(()) };
        check_date(item, &format!("{prefix}until"), until)?;
        if self.ended(Some(until)).is_some() && !ENDED_WORDS.iter().any(|w| text.contains(w)) {
            return Err(DataError::new(
                item,
                format!("{prefix}text"),
                format!(
                    "the rule ended on {until}, before the check date {}, but the text does not say so (use {})",
                    self.meta.checked,
                    ENDED_WORDS.join(" or ")
                ),
            ));
        }
        Ok(())
    }

    /// Walks the flow from the start: no cycles, no question reached twice, nothing unreachable.
    fn check_flow(&self) -> Result<(), DataError> {
        let mut parent: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
        let mut reached_results = BTreeSet::new();
        let mut stack = vec![(self.meta.start.as_str(), vec![self.meta.start.as_str()])];
        while let Some((qid, path)) = stack.pop() {
            let Some(q) = self.question(qid) else { continue };
            if path.len() > MAX_DEPTH {
                return Err(DataError::new(
                    format!("question \"{qid}\""),
                    "answers",
                    format!("is more than {MAX_DEPTH} questions deep"),
                ));
            }
            for (i, a) in q.answers.iter().enumerate() {
                match &a.next {
                    Next::Result(rid) => {
                        reached_results.insert(rid.as_str());
                    }
                    Next::Question(next) => {
                        let item = format!("question \"{qid}\"");
                        let field = format!("answers[{i}].next");
                        if path.contains(&next.as_str()) {
                            return Err(DataError::new(
                                item,
                                field,
                                format!("answer \"{}\" leads back to question \"{next}\" (a cycle)", a.id),
                            ));
                        }
                        if next == &self.meta.start {
                            return Err(DataError::new(
                                item,
                                field,
                                format!("answer \"{}\" leads back to the start question", a.id),
                            ));
                        }
                        if let Some((other_q, other_a)) = parent.insert(next.as_str(), (qid, a.id.as_str())) {
                            return Err(DataError::new(
                                item,
                                field,
                                format!("question \"{next}\" is also reached from question \"{other_q}\" answer \"{other_a}\"; each question must have one way in, so its link says how it was reached"),
                            ));
                        }
                        let mut deeper = path.clone();
                        deeper.push(next.as_str());
                        stack.push((next.as_str(), deeper));
                    }
                }
            }
        }
        self.check_desk_scenes()?;
        for q in &self.questions {
            if q.id != self.meta.start && !parent.contains_key(q.id.as_str()) {
                return Err(DataError::new(
                    format!("question \"{}\"", q.id),
                    "id",
                    "is not reachable from the start question",
                ));
            }
        }
        for r in &self.results {
            if !reached_results.contains(r.id.as_str()) {
                return Err(DataError::new(
                    format!("result \"{}\"", r.id),
                    "id",
                    "is not reachable from the start question",
                ));
            }
        }
        Ok(())
    }
}

impl Guide {
    /// Every result reached through a scene at the reception desk must offer the desk view: the
    /// person is standing at the counter whichever way they came, and a result's page (static,
    /// without answers) must look the same as the one the app shows at the end of a walk.
    fn check_desk_scenes(&self) -> Result<(), DataError> {
        let start = self.question(&self.meta.start).map(|q| q.answers.as_slice()).unwrap_or_default();
        for answer in start {
            let Some(scene) = answer.scene.as_deref().and_then(|id| self.scene(id)).filter(|s| s.desk) else {
                continue;
            };
            let mut next = vec![&answer.next];
            while let Some(n) = next.pop() {
                match n {
                    Next::Question(id) => {
                        next.extend(self.question(id).iter().flat_map(|q| q.answers.iter().map(|a| &a.next)))
                    }
                    Next::Result(id) => match self.result(id) {
                        Some(r) if !r.desk => {
                            return Err(DataError::new(
                                format!("result \"{id}\""),
                                "desk",
                                format!(
                                    "is reached at the reception desk (scene \"{}\") but does not offer the desk view",
                                    scene.id
                                ),
                            ))
                        }
                        _ => {}
                    },
                }
            }
        }
        Ok(())
    }
}

fn unique_slugs(ids: &[&str], item: impl Fn(&str) -> String, field: &str) -> Result<(), DataError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !is_slug(id) {
            return Err(DataError::new(item(id), field, format!("\"{id}\" must be a slug of a-z, 0-9 and -")));
        }
        if !seen.insert(*id) {
            return Err(DataError::new(item(id), field, format!("duplicate id \"{id}\"")));
        }
    }
    Ok(())
}

/// A date of the data is a real day written `YYYY-MM-DD` (the form [`Day`] parses).
fn check_date(item: &str, field: &str, date: &str) -> Result<(), DataError> {
    date.parse::<Day>()
        .map(|_| ())
        .map_err(|()| DataError::new(item, field, format!("\"{date}\" is not a date of the form YYYY-MM-DD")))
}

/// Whether a source address belongs to an official body: the national government (`go.jp`),
/// a local government (`lg.jp`, or a municipality's own `city.` / `town.` / `vill.` / `pref.`
/// domain under `.jp`), or an insurer association or 広域連合 in [`OFFICIAL_HOSTS`].
pub fn is_official_source(url: &str) -> bool {
    let host = url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    host.ends_with(".go.jp")
        || host.ends_with(".lg.jp")
        || (["city.", "town.", "vill.", "pref."].iter().any(|p| host.starts_with(p)) && host.ends_with(".jp"))
        || OFFICIAL_HOSTS.contains(&host)
}

/// A source is an https address of the one page that states the claim: a site's top page states
/// nothing a reader could check.
fn check_source(item: &str, field: &str, url: &str) -> Result<(), DataError> {
    let Some(rest) = url.strip_prefix("https://").filter(|_| !url.contains(char::is_whitespace)) else {
        return Err(DataError::new(item, field, format!("\"{url}\" is not an https:// address")));
    };
    match rest.split_once('/') {
        Some((_, page)) if !page.is_empty() => Ok(()),
        _ => Err(DataError::new(
            item,
            field,
            format!("\"{url}\" is a site's top page: cite the page that states the claim"),
        )),
    }
}
