//! References: the rules about what refers to what (that each exists is proven on load).

use super::sources::check_date;
use crate::diagnosis::error::DataError;
use crate::diagnosis::model::Guide;

impl Guide {
    /// The rules about what refers to what. That every reference exists was proven when the
    /// guide was loaded (see `Ref`); these are the rules on top of it.
    pub(super) fn check_references(&self) -> Result<(), DataError> {
        let item = "meta".to_string();
        check_date(&item, "as_of", &self.meta.as_of)?;
        check_date(&item, "checked", &self.meta.checked)?;
        if self.meta.checked < self.meta.as_of {
            return Err(DataError::new(
                item,
                "checked",
                format!("{} is before the guide's date {}", self.meta.checked, self.meta.as_of),
            ));
        }
        for q in &self.questions {
            let item = format!("question \"{}\"", q.id);
            for (i, a) in q.answers.iter().enumerate() {
                let at_desk = a.scene.as_ref().is_some_and(|s| self.get(s).desk);
                if a.at_home && (!self.meta.start.is(q) || at_desk) {
                    return Err(DataError::new(
                        item,
                        format!("answers[{i}].at_home"),
                        "is for answers of the first question that are not at the reception desk",
                    ));
                }
            }
        }
        for r in &self.results {
            let item = format!("result \"{}\"", r.id);
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
            let whens: Vec<_> = self.numbered_checks(r).into_iter().map(|c| (c.id.as_str(), c.when)).collect();
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
        Ok(())
    }
}
