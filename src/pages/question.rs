//! A question screen: one question, its answers as large buttons, progress and a way back.
//! The first question is the start screen and carries the app's promise and as-of notice.

use super::PageProps;
use crate::components::{AppLink, Shell};
use crate::diagnosis::{Asked, Choice, Page, Place};
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn QuestionPage(props: &PageProps<Asked<'static>>) -> Html {
    let PageProps { guide, heading, shows } = props;
    let Asked { walk, question, .. } = shows;
    let progress = walk.progress_label(guide);
    let is_start = walk.taken.is_empty();

    let answers = shows.choices(guide).into_iter().map(|Choice { answer, to, remember, current }| {
        let scene = answer.scene.as_ref().map(|s| guide.get(s));
        html! {
            <li>
                <AppLink {to} remember={Some(remember)} class="answer" {current}>
                    <span class="answer-label">{ &answer.label }</span>
                    if let Some(scene) = scene {
                        <span class="answer-hint">{ format!("{}: {}", scene.label, scene.symptom) }</span>
                    }
                    if current {
                        <span class="answer-previous">{ &guide.ui.previous_answer }</span>
                    }
                </AppLink>
            </li>
        }
    });

    html! {
        <Shell guide={*guide}>
            <p class="progress">{ progress }</p>
            <h1 ref={heading} tabindex="-1">{ &question.text }</h1>
            if let Some(hint) = &question.hint {
                <p class="hint">{ hint }</p>
            }
            <ul class="answers">{ for answers }</ul>
            if is_start {
                <p class="to-index"><AppLink to={Place::Page(Page::All)}>{ &guide.index.from_start }</AppLink></p>
            }
            // After the answers, so that they are the first thing on a phone's screen, at any
            // text size.
            if is_start {
                <p class="promise">{ &guide.meta.promise }</p>
                <p class="notice">{ &guide.meta.notice }</p>
            }
            if let Some(back) = shows.back(guide) {
                <p class="back"><AppLink to={back} class="button secondary">{ &guide.ui.back }</AppLink></p>
            }
        </Shell>
    }
}
