//! Contents: what a screen needs is there (answers, cards, causes), the frame's words carry
//! their placeholders, and a rule that has ended says so.

use super::sources::{check_date, check_official, check_source};
use super::MAX_NUMBERED_STEPS;
use crate::diagnosis::error::DataError;
use crate::diagnosis::model::{Guide, Lang};
use std::collections::BTreeSet;

/// Words that say a time-limited rule is over, in each language. A rule whose `until` is before
/// the data's check date must use one, so the data cannot present an ended rule as current.
fn ended_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ja | Lang::Easy => &["終了しました", "終わりました"],
        Lang::En => &["ended", "no longer"],
    }
}

impl Guide {
    pub(super) fn check_contents(&self) -> Result<(), DataError> {
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
            check_official(&item, "source", &f.source)?;
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
            check_official(&item, "source", &p.source)?;
        }
        if self.desk.sources.is_empty() {
            return Err(DataError::new("desk", "sources", "is empty: staff must be able to see where this is stated"));
        }
        for (i, url) in self.desk.sources.iter().enumerate() {
            check_source("desk", &format!("sources[{i}]"), url)?;
            check_official("desk", &format!("sources[{i}]"), url)?;
        }
        self.check_read_on("desk", "checked", &self.desk.checked)?;
        self.check_sourced("contacts", "", Some(&self.contacts.source), Some(&self.contacts.checked))?;
        check_official("contacts", "source", &self.contacts.source)?;
        if self.contacts.memo.is_empty() {
            return Err(DataError::new("contacts", "memo", "is empty"));
        }
        Ok(())
    }

    /// A rule that ended before the data's check date must say it has ended.
    pub(super) fn check_until(
        &self,
        item: &str,
        prefix: &str,
        until: Option<&str>,
        text: &str,
    ) -> Result<(), DataError> {
        let Some(until) = until else { return Ok(()) };
        check_date(item, &format!("{prefix}until"), until)?;
        let words = ended_words(self.lang);
        if self.ended(Some(until)).is_some() && !words.iter().any(|w| text.contains(w)) {
            return Err(DataError::new(
                item,
                format!("{prefix}text"),
                format!(
                    "the rule ended on {until}, before the check date {}, but the text does not say so (use {})",
                    self.meta.checked,
                    words.join(" or ")
                ),
            ));
        }
        Ok(())
    }
}
