//! A question screen: one question, its answers as large buttons, progress and a way back.
//! The first question is the start screen and carries the app's promise and as-of notice.

use super::{BrokenData, BrokenLink};
use crate::components::{use_page_heading, use_query, AppLink, Shell};
use crate::diagnosis::{chosen_answer, chosen_query, guide, End, Place};
use yew::prelude::*;

/// Props of [`QuestionPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionPageProps {
    /// The question's id; `None` is the start screen.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// See the module docs.
#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let guide = guide();
    let query = use_query();
    let place = match &props.id {
        None => Place::Start,
        Some(id) => Place::Question(id.to_string()),
    };
    let walk = guide.ok().map(|g| g.resolve(&place));
    let title = match &walk {
        Some(Ok(w)) => match w.end {
            End::Ask(q) => q.text.clone(),
            End::Show(r) => r.title.clone(),
        },
        _ => String::new(),
    };
    let heading = use_page_heading(&title);

    let guide = match guide {
        Ok(g) => g,
        Err(e) => return html! { <BrokenData detail={AttrValue::from(e.to_string())} /> },
    };
    let Some(Ok(walk)) = walk else { return html! { <BrokenLink /> } };
    // A question link always resolves to a question; anything else is not a question page.
    let End::Ask(question) = walk.end else { return html! { <BrokenLink /> } };

    let chosen = chosen_answer(&query);
    let here = guide.place_of(&walk).path();
    let (step, total) = walk.progress(guide);
    let answer_ids = walk.answer_ids();
    let is_start = walk.taken.is_empty();

    let answers = question.answers.iter().map(|answer| {
        let mut next = answer_ids.clone();
        next.push(&answer.id);
        let to = guide.walk(&next).map(|w| guide.place_of(&w).to_string()).unwrap_or_default();
        let scene = answer.scene.as_deref().and_then(|s| guide.scene(s));
        let current = chosen.as_deref() == Some(answer.id.as_str());
        html! {
            <li>
                <AppLink to={to} remember={AttrValue::from(format!("{here}{}", chosen_query(&answer.id)))}
                         class="answer" current={current}>
                    <span class="answer-label">{ &answer.label }</span>
                    if let Some(scene) = scene {
                        <span class="answer-hint">{ format!("{}: {}", scene.label, scene.symptom) }</span>
                    }
                    if current {
                        <span class="answer-previous">{ "前回えらんだ答え" }</span>
                    }
                </AppLink>
            </li>
        }
    });

    let back = guide.back_link(&walk);

    html! {
        <Shell>
            if is_start {
                <p class="promise">{ &guide.meta.promise }</p>
            }
            <div class="progress">
                <span>{ format!("質問 {step} / {total}") }</span>
                <progress max={total.to_string()} value={step.to_string()} aria-label={format!("質問 {step} / {total}")}></progress>
            </div>
            <h1 ref={heading} tabindex="-1">{ &question.text }</h1>
            if let Some(hint) = &question.hint {
                <p class="hint">{ hint }</p>
            }
            <ul class="answers">{ for answers }</ul>
            // After the answers, so that they are the first thing on a phone's screen.
            if is_start {
                <p class="notice">{ &guide.meta.notice }</p>
            }
            if let Some(back) = back {
                <p class="back"><AppLink to={back} class="button secondary">{ "← 前の質問に戻る" }</AppLink></p>
            }
        </Shell>
    }
}
