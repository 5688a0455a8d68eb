//! Link encoding: every reachable state survives a round trip through its link, and nothing a
//! person (or a chat app) can paste makes decoding panic.

mod common;

use common::{all_states, shipped, upgraded};
use myna_diagnosis::diagnosis::{Address, Answers, End, Lang, LinkError, Page, Place, Screen};

#[test]
fn every_reachable_state_round_trips_through_its_link() {
    let g = shipped();
    let states = all_states(g);
    assert!(states.len() > g.results.len());
    for answers in states {
        let walk = g.walk(&answers).unwrap();
        let link = g.place_of(&walk).to_string();
        let decoded: Place = link.parse().unwrap_or_else(|e| panic!("{link}: {e}"));
        let again = g.resolve(&decoded).unwrap_or_else(|e| panic!("{link}: {e}"));
        assert_eq!(again.answer_ids(), answers, "{link}");
        assert_eq!(again.end, walk.end, "{link}");
    }
}

#[test]
fn links_read_as_expected() {
    let g = shipped();
    let link = |answers: &[&str]| g.place_of(&g.walk(answers).unwrap()).to_string();
    assert_eq!(link(&[]), "/");
    assert_eq!(link(&["portal"]), "/q/portal-symptom/");
    assert_eq!(link(&["portal", "not-found", "self", "name"]), "/r/name-changed/via/portal.not-found.self.name/");
}

#[test]
fn every_screen_has_a_path_of_its_own() {
    let answers = |a: &[&str]| Some(Answers(a.iter().map(|s| s.to_string()).collect()));
    let cases = [
        ("/", Place::Start { chosen: None }),
        ("/start/clinic/", Place::Start { chosen: Some("clinic".into()) }),
        ("/q/portal-whose/", Place::Question { id: "portal-whose".into(), chosen: None }),
        ("/q/portal-whose/family/", Place::Question { id: "portal-whose".into(), chosen: Some("family".into()) }),
        ("/r/pin-locked/", Place::result("pin-locked")),
        (
            "/r/pin-locked/via/clinic.pin-locked/",
            Place::Result { id: "pin-locked".into(), answers: answers(&["clinic", "pin-locked"]) },
        ),
        ("/r/pin-locked/desk/", Place::Desk { id: "pin-locked".into(), answers: None }),
        (
            "/r/pin-locked/via/clinic.pin-locked/desk/",
            Place::Desk { id: "pin-locked".into(), answers: answers(&["clinic", "pin-locked"]) },
        ),
    ];
    for (link, place) in cases {
        assert_eq!(link.parse::<Place>().as_ref(), Ok(&place), "{link}");
        assert_eq!(place.to_string(), link);
        assert_eq!(Address::new(Lang::Ja, place.clone()).file(), format!("{}index.html", &link[1..]));
        // The same place in another language: its prefix first, and nothing else changes.
        for (lang, prefix) in [(Lang::En, "/en"), (Lang::Easy, "/easy")] {
            let address = Address::new(lang, place.clone());
            let path = format!("{prefix}{link}");
            assert_eq!(address.to_string(), path);
            assert_eq!(path.parse::<Address>(), Ok(address.clone()), "{path}");
            assert_eq!(address.file(), format!("{}index.html", &path[1..]));
        }
    }
}

#[test]
fn a_path_names_its_language_by_its_first_segment_only() {
    let parsed = |path: &str| path.parse::<Address>().map(|a| (a.lang, a.place.to_string()));
    assert_eq!(parsed("/"), Ok((Lang::Ja, "/".into())));
    assert_eq!(parsed("/en/"), Ok((Lang::En, "/".into())));
    assert_eq!(parsed("/en"), Ok((Lang::En, "/".into())));
    assert_eq!(parsed("/easy/r/card-lost/"), Ok((Lang::Easy, "/r/card-lost/".into())));
    assert_eq!(parsed("/en?chosen=clinic"), Ok((Lang::En, "/start/clinic/".into())));
    // A page whose slug starts like a language is not in it; a language in the middle is nothing.
    assert_eq!(parsed("/english/"), Err(LinkError::Malformed));
    assert_eq!(parsed("/r/en/"), Ok((Lang::Ja, "/r/en/".into())));
    assert_eq!(parsed("/en/en/"), Err(LinkError::Malformed));
    assert_eq!(parsed("/ja/"), Err(LinkError::Malformed), "Japanese has no prefix: one address per page");
}

#[test]
fn a_garbled_result_link_still_names_its_result() {
    for (path, id) in [
        ("/r/pin-locked/via/clinic..x/", Some("pin-locked")),
        ("/r/pin-locked/via/clinic.pin-locked/desk/extra/", Some("pin-locked")),
        ("/r/pin-locked/vía/", Some("pin-locked")),
        ("r/pin-locked/via/x/", None),
        ("/r/<script>/via/a/", None),
        ("/q/clinic-symptom/x/y/", None),
        ("/nothing/r/pin-locked/", None),
        ("", None),
    ] {
        assert!(path.parse::<Place>().is_err() || id.is_none(), "{path} is not garbled");
        assert_eq!(Place::result_id_in(path), id, "{path}");
    }
}

#[test]
fn older_links_with_answers_in_the_query_open_the_same_screen_and_show_its_path() {
    let upgrades = [
        ("/r/name-changed/?a=portal.not-found.self.name", "/r/name-changed/via/portal.not-found.self.name/"),
        ("/r/pin-locked/desk/?a=clinic.pin-locked", "/r/pin-locked/via/clinic.pin-locked/desk/"),
        ("/q/portal-change/?chosen=name", "/q/portal-change/name/"),
        ("/?chosen=portal", "/start/portal/"),
        ("/r/pin-locked/?openExternalBrowser=1&a=clinic.pin-locked", "/r/pin-locked/via/clinic.pin-locked/"),
    ];
    for (older, now) in upgrades {
        assert_eq!(upgraded(older).map(|p| p.to_string()).as_deref(), Some(now), "{older}");
        assert_eq!(older.parse::<Place>(), now.parse::<Place>(), "{older}");
    }
    // Nothing to upgrade: no query, a chat app's own parameter, or the path form already.
    for link in
        ["/r/pin-locked/", "/r/pin-locked/?utm_source=line", "/q/portal-change/name/?chosen=name", "/?chosen=<b>"]
    {
        assert_eq!(upgraded(link), None, "{link}");
    }
}

#[test]
fn the_static_site_has_a_page_for_every_screen_of_every_walk() {
    let g = shipped();
    let pages = g.pages();
    let files: Vec<String> = pages.iter().map(|p| Address::new(Lang::Ja, p.clone()).file()).collect();
    let mut unique = files.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), files.len(), "no page twice");
    // Every reachable state, and every question revisited with each of its answers marked.
    for answers in all_states(g) {
        let walk = g.walk(&answers).unwrap();
        assert!(pages.contains(&g.place_of(&walk)), "{}", g.place_of(&walk));
        for i in 0..walk.taken.len() {
            let revisit = g.revisit(&walk, i).unwrap();
            assert!(pages.contains(&revisit), "{revisit}");
        }
        if let End::Show(result) = walk.end {
            let desk = Place::Desk {
                id: result.id.clone(),
                answers: g.place_of(&walk).is_walk().then(|| Answers(answers.clone())),
            };
            assert_eq!(pages.contains(&desk), result.desk || answers.is_empty(), "{desk}");
        }
    }
    let answers_in_all: usize = g.questions.iter().map(|q| q.answers.len()).sum();
    let walks = pages.iter().filter(|p| p.is_walk()).count();
    let desk_walks = pages.iter().filter(|p| matches!(p, Place::Desk { answers: Some(_), .. })).count();
    let ends = pages.iter().filter(|p| matches!(p, Place::Result { answers: Some(_), .. })).count();
    assert_eq!(walks, answers_in_all + ends + desk_walks, "one revisit per answer, one page per walk's end");
    assert_eq!(
        pages.len() - walks,
        1 + Page::ALL.len() + (g.questions.len() - 1) + 2 * g.results.len(),
        "the start, the pages outside the questions, each later question, each result and its desk view"
    );
}

#[test]
fn each_page_is_titled_by_its_heading_and_the_apps_name() {
    let g = shipped();
    let title = |link: &str| match link.parse::<Place>().map(|p| g.screen(&p)) {
        Ok(Ok(screen)) => screen.title(g),
        _ => g.broken_link_title(),
    };
    assert_eq!(title("/"), "マイナ保険証 紐づけ診断 | 紐づけできない・使えない原因と直し方");
    assert_eq!(title("/start/clinic/"), title("/"));
    assert_eq!(title("/q/portal-whose/family/"), "困っているのは、誰の保険ですか? | マイナ保険証 紐づけ診断");
    assert_eq!(
        title("/r/pin-locked/via/clinic.pin-locked/"),
        format!("{} | マイナ保険証 紐づけ診断", g.result("pin-locked").unwrap().title)
    );
    assert_eq!(title("/r/pin-locked/desk/"), format!("{} | マイナ保険証 紐づけ診断", g.desk.title));
    assert_eq!(title("/r/pin-locked/via/clinic.no-read/"), "リンクを開けませんでした | マイナ保険証 紐づけ診断");
    assert_eq!(title("/nothing/"), "リンクを開けませんでした | マイナ保険証 紐づけ診断");
    assert_eq!(title("/about/"), "この内容の日付と、その後に変わったこと | マイナ保険証 紐づけ診断");
}

#[test]
fn contacts_and_the_page_about_the_information_are_pages_of_their_own_outside_the_questions() {
    let g = shipped();
    for (path, page) in [("/about/", Page::About), ("/contacts/", Page::Contacts)] {
        let place = Place::Page(page);
        assert_eq!(path.parse::<Place>(), Ok(place.clone()));
        assert_eq!(place.to_string(), path);
        assert_eq!(Address::new(Lang::Ja, place.clone()).file(), format!("{}index.html", &path[1..]));
        assert!(!place.is_walk());
        assert!(g.pages().contains(&place));
        assert_eq!(g.screen(&place), Ok(Screen::Page(page)));
        assert_eq!(g.screen(&place).unwrap().canonical(g), place);
        assert_eq!(g.resolve(&place).unwrap_err(), LinkError::NotAWalk);
        assert_eq!(format!("{path}x/").parse::<Place>(), Err(LinkError::Malformed));
    }
    assert_eq!(g.screen(&Place::Page(Page::Contacts)).unwrap().title(g), "問い合わせ先 | マイナ保険証 紐づけ診断");
    assert_eq!(Page::ALL.len(), g.pages().iter().filter(|p| matches!(p, Place::Page(_))).count());
}

#[test]
fn back_and_change_links_return_to_a_question_with_its_answer_marked() {
    let g = shipped();
    let walk = g.walk(&["portal", "not-found", "self", "name"]).unwrap();
    let link = |place: Option<Place>| place.map(|p| p.to_string());
    assert_eq!(link(g.back_link(&walk)).as_deref(), Some("/q/portal-change/name/"));
    assert_eq!(link(g.revisit(&walk, 0)).as_deref(), Some("/start/portal/"));
    assert_eq!(g.revisit(&walk, 4), None);
    assert_eq!(g.back_link(&g.walk::<&str>(&[]).unwrap()), None);
}

/// Each answer on a question's screen leads where following the answers from the start leads,
/// and leaves behind the question with it marked: the screen's links are built from its walk
/// without walking again from the start, and must agree with a walk that does.
#[test]
fn each_answer_on_a_question_screen_leads_where_its_walk_leads() {
    let g = shipped();
    let mut asked = 0;
    for state in all_states(g) {
        let walk = g.walk(&state).unwrap();
        let Ok(Screen::Question(shows)) = g.screen(&g.place_of(&walk)) else { continue };
        asked += 1;
        for choice in shows.choices(g) {
            let next: Vec<&str> = state.iter().map(String::as_str).chain([choice.answer.id.as_str()]).collect();
            let walked = g.walk(&next).unwrap();
            assert_eq!(choice.to, g.place_of(&walked), "{next:?}");
            assert_eq!(Some(choice.remember), g.revisit(&walked, state.len()), "{next:?}");
            assert!(!choice.current, "a question reached by its walk marks no answer");
        }
    }
    assert_eq!(asked, g.questions.len(), "every question was asked once");
}

#[test]
fn a_bare_result_link_shows_the_result_without_answers() {
    let g = shipped();
    let walk = g.resolve(&"/r/pin-locked/".parse().unwrap()).unwrap();
    assert!(matches!(walk.end, End::Show(r) if r.id == "pin-locked"));
    assert!(walk.taken.is_empty());
}

#[test]
fn chat_app_parameters_are_ignored() {
    let place: Place = "/r/pin-locked/?openExternalBrowser=1&a=clinic.pin-locked&utm_source=line".parse().unwrap();
    assert_eq!(
        place,
        Place::Result { id: "pin-locked".into(), answers: Some(Answers(vec!["clinic".into(), "pin-locked".into()])) }
    );
    assert_eq!("/r/pin-locked/index.html".parse::<Place>().unwrap().to_string(), "/r/pin-locked/");
}

#[test]
fn unknown_and_outdated_links_are_distinct_errors() {
    let g = shipped();
    let resolve = |link: &str| g.resolve(&link.parse::<Place>()?);
    assert_eq!(resolve("/r/no-such-result/").unwrap_err(), LinkError::UnknownResult("no-such-result".into()));
    assert_eq!(resolve("/q/no-such-question/").unwrap_err(), LinkError::UnknownQuestion("no-such-question".into()));
    assert_eq!(
        resolve("/r/pin-locked/?a=clinic.no-read").unwrap_err(),
        LinkError::AnswersLeadElsewhere { named: "pin-locked".into(), reached: "reader-trouble".into() }
    );
    assert_eq!(resolve("/r/pin-locked/?a=clinic").unwrap_err(), LinkError::AnswersDoNotFit);
    assert_eq!(resolve("/r/pin-locked/?a=clinic..x").unwrap_err(), LinkError::BadAnswers);
    assert_eq!(resolve("/r/pin-locked/?a=1&a=2").unwrap_err(), LinkError::BadAnswers);
}

#[test]
fn hostile_strings_decode_to_errors() {
    let long = "a.".repeat(10_000);
    let hostile = [
        "/r/../../etc/passwd/",
        "/r/%2e%2e/",
        "/r/<script>alert(1)</script>/",
        "/r/ピン/",
        "/q/",
        "/x/pin-locked/",
        "/r/pin-locked/extra/",
        "/r/PIN-LOCKED/",
        "/r/pin-locked/?a=<script>",
        "/r/pin-locked/?a=%E3%81%82",
        "/r/pin-locked/?a=",
        "/r/pin-locked/via//",
        "/r/pin-locked/via/clinic..x/",
        "/r/pin-locked/via/clinic.pin-locked/extra/",
        "/q/portal-whose/family/x/",
        "/q/portal-whose/<b>/",
        "/start/",
        "/start/%E3%81%82/",
        &format!("/r/pin-locked/?a={long}"),
        &"/".repeat(5000),
        "\u{0}",
    ];
    for link in hostile {
        let decoded = link.parse::<Place>().and_then(|p| shipped().resolve(&p).map(|_| ()));
        assert!(decoded.is_err(), "{link:?} decoded");
    }
}
