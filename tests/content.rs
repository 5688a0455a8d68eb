//! Every fact of the seed guide (`../shared/seed/`, as of 2025-12-01) is in the data, found by
//! id; later facts carry dates and sources; the seed's shopping promotion is not there.

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::{Guide, GUIDE_JSON};

fn cause_text(g: &Guide, id: &str) -> String {
    let c = g.cause(id).unwrap_or_else(|| panic!("no cause {id}"));
    format!("{} {}", c.title, c.detail)
}

fn check_text(g: &Guide, id: &str) -> String {
    let c = g.check(id).unwrap_or_else(|| panic!("no check {id}"));
    c.steps.iter().map(|s| format!("{} {}", s.text, s.note.as_deref().unwrap_or(""))).collect::<Vec<_>>().join(" ")
}

fn assert_contains(text: &str, phrases: &[&str], what: &str) {
    for p in phrases {
        assert!(text.contains(p), "{what} should say {p:?}: {text}");
    }
}

#[test]
fn the_seed_table_row_by_row() {
    let g = shipped();
    let rows = [
        (
            "portal",
            "マイナポータルでの申込",
            "「資格情報が見つかりません」などの表示",
            ["insurer-data-outdated", "mynumber-not-submitted"].as_slice(),
            "check-insurer-number",
        ),
        (
            "clinic",
            "医療機関のカードリーダー",
            "マイナ保険証として認識されない",
            ["link-pending", "terminal-trouble"].as_slice(),
            "check-application-date",
        ),
        ("app", "スマホアプリ", "保険情報が表示されない・読み取りエラー", ["phone-nfc-app"].as_slice(), "check-phone"),
    ];
    for (id, label, symptom, causes, first_check) in rows {
        let s = g.scene(id).unwrap();
        assert_eq!((s.label.as_str(), s.symptom.as_str(), s.first_check.as_str()), (label, symptom, first_check));
        assert_eq!(s.causes, causes);
    }
    assert_contains(&check_text(g, "check-insurer-number"), &["保険者名・記号・番号"], "the portal's first check");
    assert_contains(
        &check_text(g, "check-application-date"),
        &["申込", "日時", "反映までの目安"],
        "the clinic's first check",
    );
    assert_contains(
        &check_text(g, "check-phone"),
        &["対応機種一覧", "OS", "アプリを最新", "NFC"],
        "the app's first check",
    );
    assert_contains(&cause_text(g, "phone-nfc-app"), &["NFC", "アプリ", "対応機種"], "the app's causes");
    assert_contains(&cause_text(g, "terminal-trouble"), &["受付の機械"], "the terminal cause");
}

#[test]
fn the_seed_triage_hints_are_questions() {
    let g = shipped();
    let labels =
        |id: &str| g.question(id).unwrap().answers.iter().map(|a| a.label.clone()).collect::<Vec<_>>().join(" ");
    assert_contains(&labels("where"), &["マイナポータル", "受付", "スマホ"], "where it fails (申込時か受診時か)");
    assert_contains(&labels("portal-change"), &["転職", "扶養", "名字", "引っ越"], "recent changes");
    assert_contains(&labels("portal-whose"), &["本人", "扶養"], "whose insurance");
    assert_contains(&labels("portal-submitted"), &["提出していない", "提出した"], "My Number submitted");
    assert_contains(&labels("clinic-change"), &["あった", "なかった"], "recent changes at the clinic");
}

#[test]
fn the_seed_cause_patterns() {
    let g = shipped();
    assert_contains(
        &cause_text(g, "record-mismatch"),
        &["マイナンバー・氏名・生年月日", "旧姓", "扶養に入ったばかり", "別の保険者"],
        "mismatch",
    );
    assert_contains(&cause_text(g, "mynumber-not-submitted"), &["提出していない", "事務処理中"], "not submitted");
    assert_contains(
        &check_text(g, "check-personal-info"),
        &["氏名・生年月日・住所", "結婚・離婚", "両方"],
        "personal info checks",
    );
    assert_contains(&check_text(g, "check-mynumber-submitted"), &["提出済み"], "My Number submitted check");
}

#[test]
fn the_seed_redo_procedure_in_order() {
    let g = shipped();
    let steps: Vec<&str> = g.check("portal-redo").unwrap().steps.iter().map(|s| s.text.as_str()).collect();
    assert!(
        steps[0].contains("健康保険証としての利用登録を確認・変更する") && steps[0].contains("健康保険証としての利用")
    );
    assert!(steps[1].contains("保険の情報"));
    assert!(steps[2].contains("解除"));
    assert!(steps[3].contains("ブラウザやアプリを最新"));
    assert!(steps[4].contains("暗証番号") && steps[4].contains("登録し直す"));
    // What changed since the seed is said, with its source.
    let cancel = &g.check("portal-redo").unwrap().steps[2];
    assert!(cancel.note.as_deref().unwrap_or("").contains("2025-12-01"));
    assert!(cancel.source.is_some());
    assert_contains(
        &check_text(g, "pin-help"),
        &["顔認証", "市区町村の窓口", "読み取れない"],
        "PIN lock and reading errors",
    );
}

#[test]
fn the_seed_cases_for_the_insurer_or_employer_and_the_memo() {
    let g = shipped();
    assert_contains(
        &cause_text(g, "cannot-fix-yourself"),
        &["保険者名がまったく違う", "資格を失った古い保険", "家族の資格情報だけ"],
        "cases you cannot fix",
    );
    assert_contains(
        &check_text(g, "contact-insurer"),
        &["人事・総務", "マイナンバーが、保険者に正しく届いているか", "保険者名・記号・番号"],
        "contacting",
    );
    assert_eq!(
        g.contacts.memo,
        [
            "保険者名",
            "記号・番号",
            "氏名",
            "生年月日",
            "マイナ保険証を申し込んだ日時",
            "保険証(資格確認書)とマイナンバーカードを手元に用意"
        ]
    );
    let kinds: Vec<&str> = g.contacts.insurers.iter().map(|i| i.kind.as_str()).collect();
    assert_eq!(kinds, ["協会けんぽ", "健康保険組合・共済組合", "国民健康保険", "後期高齢者医療"]);
    assert!(g.contacts.insurers[1].counter.contains("人事・総務"));
    assert!(g.contacts.insurers[2].counter.contains("市区町村"));
    assert_eq!(g.contacts.hotline.phone, "0120-95-0178");
}

#[test]
fn the_seed_fallback_before_a_visit_updated_for_today() {
    let g = shipped();
    assert_eq!(g.meta.fallback, "before-visit");
    let text = check_text(g, "before-visit");
    assert_contains(
        &text,
        &["資格確認書", "資格情報のお知らせ", "2025年12月2日から使えません", "医療機関へ", "放っておかず"],
        "fallback",
    );
    let bring = &g.check("before-visit").unwrap().steps[0];
    assert_eq!(bring.date.as_deref(), Some("2025-12-02"));
    assert_contains(
        &g.desk.items.join(" "),
        &["マイナポータルの資格情報の画面", "資格情報のお知らせ", "資格確認書", "被保険者資格申立書"],
        "the desk view",
    );
}

#[test]
fn later_facts_carry_dates_and_sources_and_the_notice_is_there() {
    let g = shipped();
    let ids: Vec<&str> = g.facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["paper-card-ended", "transition-ended", "certificate-sent"]);
    assert!(g.meta.notice.contains("2025年12月1日時点") && g.meta.notice.contains("制度は変わることがある"));
    assert_contains(&cause_text(g, "link-pending"), &["1〜2日", "8〜14日", "2〜3開庁日"], "reflection delays");
    assert_contains(&cause_text(g, "pin-or-card-reading"), &["3回"], "PIN lock");
}

/// The seed's shopping promotion is advertising, not guidance: it must not reach the app.
#[test]
fn no_promotion_in_the_data() {
    for word in ["楽天", "セール", "お得", "affiliate", "http://"] {
        assert!(!GUIDE_JSON.contains(word), "the data contains {word:?}");
    }
}
