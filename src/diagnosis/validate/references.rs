//! References: every id a question, result, check or scene names exists.

use super::sources::check_date;
use crate::diagnosis::error::DataError;
use crate::diagnosis::model::{Guide, Next};

impl Guide {
    pub(super) fn check_references(&self) -> Result<(), DataError> {
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

    pub(super) fn known_causes(&self, item: &str, causes: &[String]) -> Result<(), DataError> {
        for (i, c) in causes.iter().enumerate() {
            if self.cause(c).is_none() {
                return Err(DataError::new(item, format!("causes[{i}]"), format!("unknown cause \"{c}\"")));
            }
        }
        Ok(())
    }
}
