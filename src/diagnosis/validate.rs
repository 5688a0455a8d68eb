//! Checks that the guide is whole: every reference resolves, every result is reachable, and the
//! questions form a tree (so a question's link alone says which answers led to it).

use super::error::DataError;
use super::model::{Guide, Next};
use std::collections::{BTreeMap, BTreeSet};

/// The longest chain of questions; a flow deeper than this would not fit the one-question-per-screen promise.
pub const MAX_DEPTH: usize = 12;

impl Guide {
    /// Returns the first problem found, naming the item and field, or `Ok` when the guide is whole.
    pub fn validate(&self) -> Result<(), DataError> {
        self.check_ids()?;
        self.check_references()?;
        self.check_contents()?;
        self.check_flow()?;
        Ok(())
    }

    fn check_ids(&self) -> Result<(), DataError> {
        let collections: [(&str, Vec<&str>); 6] = [
            ("scene", self.scenes.iter().map(|s| s.id.as_str()).collect()),
            ("question", self.questions.iter().map(|q| q.id.as_str()).collect()),
            ("cause", self.causes.iter().map(|c| c.id.as_str()).collect()),
            ("check", self.checks.iter().map(|c| c.id.as_str()).collect()),
            ("fact", self.facts.iter().map(|f| f.id.as_str()).collect()),
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

    fn check_references(&self) -> Result<(), DataError> {
        let item = "meta".to_string();
        if self.question(&self.meta.start).is_none() {
            return Err(DataError::new(item, "start", format!("unknown question \"{}\"", self.meta.start)));
        }
        if self.check(&self.meta.fallback).is_none() {
            return Err(DataError::new(item, "fallback", format!("unknown check \"{}\"", self.meta.fallback)));
        }
        check_date(&item, "as_of", &self.meta.as_of)?;
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
            for (i, c) in r.checks.iter().enumerate() {
                if self.check(c).is_none() {
                    return Err(DataError::new(item, format!("checks[{i}]"), format!("unknown check \"{c}\"")));
                }
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
        for c in &self.checks {
            let item = format!("check \"{}\"", c.id);
            if c.steps.is_empty() {
                return Err(DataError::new(item, "steps", "has no steps"));
            }
            for (i, s) in c.steps.iter().enumerate() {
                if let Some(date) = &s.date {
                    check_date(&item, &format!("steps[{i}].date"), date)?;
                }
                if let Some(url) = &s.source {
                    check_source(&item, &format!("steps[{i}].source"), url)?;
                }
            }
        }
        for c in &self.causes {
            if let Some(url) = &c.source {
                check_source(&format!("cause \"{}\"", c.id), "source", url)?;
            }
        }
        for f in &self.facts {
            let item = format!("fact \"{}\"", f.id);
            check_date(&item, "date", &f.date)?;
            check_source(&item, "source", &f.source)?;
        }
        check_source("desk", "source", &self.desk.source)?;
        check_source("contacts", "source", &self.contacts.source)?;
        if self.contacts.memo.is_empty() {
            return Err(DataError::new("contacts", "memo", "is empty"));
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

/// Whether `s` can appear in a link as an id: 1–40 of `a-z`, `0-9`, `-`, not starting or ending with `-`.
pub fn is_slug(s: &str) -> bool {
    (1..=40).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
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

fn check_date(item: &str, field: &str, date: &str) -> Result<(), DataError> {
    let b = date.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let month_day = shape
        && matches!(&date[5..7], "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12")
        && ("01".."32").contains(&&date[8..10]);
    if month_day {
        Ok(())
    } else {
        Err(DataError::new(item, field, format!("\"{date}\" is not a date of the form YYYY-MM-DD")))
    }
}

fn check_source(item: &str, field: &str, url: &str) -> Result<(), DataError> {
    if url.starts_with("https://") && !url.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(DataError::new(item, field, format!("\"{url}\" is not an https:// address")))
    }
}
