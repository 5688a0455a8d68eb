//! Errors of the core, with messages that name exactly what is wrong.

use std::fmt;

/// A problem in `assets/diagnosis.json`: which item, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The item, e.g. `result "name-changed"`.
    pub item: String,
    /// The field inside it, e.g. `checks[1]`.
    pub field: String,
    /// What is wrong with it.
    pub problem: String,
}

impl DataError {
    pub(crate) fn new(item: impl Into<String>, field: impl Into<String>, problem: impl Into<String>) -> Self {
        DataError { item: item.into(), field: field.into(), problem: problem.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.item, self.field, self.problem)
    }
}

impl std::error::Error for DataError {}

/// Why a link (or a list of answers taken from one) cannot be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The path is not one of the app's link shapes.
    Malformed,
    /// The page is not a step of the questions, so it has no walk (the contacts, the page about the information).
    NotAWalk,
    /// The answers in the query are not a dot-separated list of slugs of sane length.
    BadAnswers,
    /// No question has this id (any more).
    UnknownQuestion(String),
    /// No result has this id, and no alias maps it to one.
    UnknownResult(String),
    /// An answer in the link is not a choice of the question it answers.
    UnknownAnswer {
        /// The question being answered.
        question: String,
        /// The answer that is not one of its choices.
        answer: String,
    },
    /// The answers end before a result, or go on after one.
    AnswersDoNotFit,
    /// The answers lead to another result than the link names (the flow changed since).
    AnswersLeadElsewhere {
        /// The result the link names.
        named: String,
        /// The result the answers lead to now.
        reached: String,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Malformed => f.write_str("the link's path is not a page of this app"),
            LinkError::NotAWalk => f.write_str("the page is not a step of the questions"),
            LinkError::BadAnswers => f.write_str("the link's answers are garbled"),
            LinkError::UnknownQuestion(id) => write!(f, "no question \"{id}\""),
            LinkError::UnknownResult(id) => write!(f, "no result \"{id}\""),
            LinkError::UnknownAnswer { question, answer } => {
                write!(f, "question \"{question}\" has no answer \"{answer}\"")
            }
            LinkError::AnswersDoNotFit => f.write_str("the link's answers do not end at a result"),
            LinkError::AnswersLeadElsewhere { named, reached } => {
                write!(f, "the link names result \"{named}\" but its answers lead to \"{reached}\"")
            }
        }
    }
}

impl std::error::Error for LinkError {}
