//! The page itself: valid HTML, every chart labelled for the eye and the
//! screen reader, nothing that points outside the file, text from files
//! escaped, the numbers `stats --json` prints, and the Markdown version.

use scraper::{Html, Selector};

use crate::common::Sandbox;
use crate::{HOSTILE_TRIGGER, assert_tables_match_stats, report_text, stats_json, thirty_days};

/// The charts every report of sessions has (the raster is a chart a week).
const CHARTS: [&str; 7] = [
    "chart-sessions",
    "chart-pumping",
    "chart-volume",
    "chart-first",
    "chart-first-trend",
    "chart-letdowns",
    "chart-comfort",
];

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("a selector");
    page.select(&selector).collect()
}

fn thirty_day_page() -> (Sandbox, String) {
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let text = report_text(&sandbox, &["--days", "30"]);
    (sandbox, text)
}

#[test]
fn the_page_is_valid_html_and_every_chart_has_a_view_box_a_title_and_labelled_axes() {
    let (_sandbox, text) = thirty_day_page();
    assert!(text.starts_with("<!DOCTYPE html>"), "{}", &text[..80]);
    let page = Html::parse_document(&text);
    assert!(page.errors.is_empty(), "parse errors: {:?}", page.errors);
    assert_eq!(select(&page, "html[lang] > head > title").len(), 1);
    let charts = select(&page, "svg");
    let ids: Vec<&str> = charts.iter().filter_map(|c| c.value().id()).collect();
    for id in CHARTS
        .iter()
        .chain(&["chart-triggers", "chart-raster-1", "chart-raster-5"])
    {
        assert!(ids.contains(id), "{id} is missing: {ids:?}");
    }
    for chart in &charts {
        let id = chart.value().id().unwrap_or("?");
        let view_box = chart.value().attr("viewBox").unwrap_or_default();
        assert_eq!(view_box.split(' ').count(), 4, "{id}: viewBox {view_box:?}");
        assert_eq!(chart.value().attr("role"), Some("img"), "{id}");
        let html = Html::parse_fragment(&chart.html());
        let title = select(&html, "svg > title");
        let desc = select(&html, "svg > desc");
        assert!(
            title.len() == 1 && !title[0].text().collect::<String>().trim().is_empty(),
            "{id}: a title"
        );
        assert!(desc.len() == 1, "{id}: a description");
        let axes = select(&html, "text.axis-title");
        assert!(axes.len() >= 2, "{id}: both axes are named");
        assert!(select(&html, "text.tick-label").len() >= 2, "{id}: a scale");
        // A data table follows every chart but the raster's weeks, whose
        // table follows the last of them.
        // Its title and description are printed as visible text too, in
        // the figure's caption, not only inside the SVG.
        let figure = chart
            .parent()
            .and_then(scraper::ElementRef::wrap)
            .expect("the chart's figure");
        assert_eq!(figure.value().name(), "figure", "{id}");
        let figure_html = Html::parse_fragment(&figure.html());
        let caption = select(&figure_html, "figcaption .chart-title");
        assert_eq!(
            caption.first().map(|c| c.text().collect::<String>()),
            Some(title[0].text().collect::<String>()),
            "{id}: the visible title"
        );
        if !id.starts_with("chart-raster-") {
            let after = figure
                .next_siblings()
                .find_map(scraper::ElementRef::wrap)
                .expect("something after the chart");
            let table = after.value().name() == "details"
                || select(&Html::parse_fragment(&after.html()), "table").len() == 1;
            assert!(
                table,
                "{id}: a table after it, not {}",
                after.value().name()
            );
        }
    }
    // The tables are collapsed on screen and each is a real table.
    let details = select(&page, "details.numbers");
    assert!(details.len() > CHARTS.len(), "{}", details.len());
    for d in &details {
        assert!(d.value().attr("open").is_none());
        let heads = select(
            &Html::parse_fragment(&d.html()),
            "table thead th[scope=col]",
        )
        .len();
        assert!(heads >= 2, "a table with its columns named");
    }
}

#[test]
fn the_page_points_nowhere_outside_itself_and_has_no_script() {
    let (_sandbox, text) = thirty_day_page();
    let page = Html::parse_document(&text);
    let outward = [
        "script", "link", "img", "iframe", "object", "embed", "base", "a", "form", "image", "use",
        "video", "audio", "source", "picture",
    ];
    for element in select(&page, "*") {
        let name = element.value().name();
        assert!(!outward.contains(&name), "a <{name}> in the page");
        for (attribute, value) in element.value().attrs() {
            assert!(
                !attribute.starts_with("on")
                    && !["src", "href", "xlink:href", "srcset", "action", "poster"]
                        .contains(&attribute),
                "{attribute} on a <{name}>"
            );
            let value = value.to_ascii_lowercase();
            for needle in ["http", "url(", "javascript:", "//"] {
                assert!(
                    !value.contains(needle),
                    "{attribute}={value:?} on a <{name}>"
                );
            }
        }
    }
    let style: String = select(&page, "style")
        .iter()
        .flat_map(scraper::ElementRef::text)
        .collect();
    assert!(
        style.contains("@media print") && style.contains("@page"),
        "a print style"
    );
    for needle in ["url(", "@import", "http", "@font-face"] {
        assert!(!style.contains(needle), "the style has {needle}");
    }
    // The only http in the page is what the user wrote in a note, as text.
    let remarks = Selector::parse("ul.remarks").expect("a selector");
    for node in page.root_element().descendants() {
        if let Some(text) = node.value().as_text()
            && text.contains("http")
        {
            let in_a_note = node
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|e| remarks.matches(&e));
            assert!(in_a_note, "http outside a note: {:?}", &**text);
        }
    }
}

#[test]
fn text_from_files_is_escaped_and_never_a_link() {
    let (_sandbox, text) = thirty_day_page();
    let page = Html::parse_document(&text);
    assert!(select(&page, "a, script, img").is_empty());
    let notes: String = select(&page, "#notes li")
        .iter()
        .flat_map(scraper::ElementRef::text)
        .collect();
    assert!(notes.contains("<script>alert(1)</script>"), "{notes}");
    assert!(notes.contains("https://evil.example/x"), "{notes}");
    assert!(!notes.contains('\u{1b}'), "an escape reached the page");
    assert!(notes.contains("power pumping, day 2; tired"), "{notes}");
    assert_eq!(
        select(&page, "#notes li br").len(),
        1,
        "a note's second line is a line"
    );
    let triggers: String = select(&page, "#table-triggers")
        .iter()
        .flat_map(scraper::ElementRef::text)
        .collect();
    assert!(triggers.contains(HOSTILE_TRIGGER), "{triggers}");
    let cues: String = select(&page, "#table-cues")
        .iter()
        .flat_map(scraper::ElementRef::text)
        .collect();
    assert!(
        cues.contains("expression-mode") && cues.contains("stimulation-mode"),
        "{cues}"
    );
    assert!(
        !triggers.contains("expression-mode"),
        "a cue is not a trigger"
    );
    // Tender and painful sessions are called out, gently.
    let comfort: String = select(&page, "#comfort")
        .iter()
        .flat_map(scraper::ElementRef::text)
        .collect();
    assert!(comfort.contains("Tender or painful sessions"), "{comfort}");
    assert!(comfort.contains("flange fit"), "{comfort}");
    assert!(
        comfort.contains("painful") && comfort.contains("tender"),
        "{comfort}"
    );
}

#[test]
fn the_data_tables_equal_stats_json_for_the_same_days() {
    let (sandbox, text) = thirty_day_page();
    let stats = stats_json(&sandbox, 30);
    assert_tables_match_stats(&Html::parse_document(&text), &stats);
}

#[test]
fn rests_are_shaded_and_sessions_added_by_hand_have_no_ticks() {
    let (_sandbox, text) = thirty_day_page();
    let page = Html::parse_document(&text);
    // The power hour's two rests.
    assert_eq!(select(&page, "svg rect.rest").len(), 2);
    let hand: Vec<String> = select(&page, "svg text.hand")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert!(
        hand.iter()
            .any(|t| t == "added by hand: 3 let-downs, no times"),
        "{hand:?}"
    );
    // A tick for every timed let-down, none for the three typed by hand.
    let ticks = select(&page, "svg line.tick").len();
    let rows = crate::table_values(&page, "table-raster");
    let timed: f64 = rows.iter().filter_map(|(_, v)| v[2]).sum::<f64>() - 3.0;
    assert!(
        (ticks as f64 - timed).abs() < 0.5,
        "{ticks} ticks for {timed} let-downs"
    );
    // The power hour stretches the shared axis to an hour.
    let labels: Vec<String> = select(&page, "#chart-raster-1 text.tick-label")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert!(labels.contains(&"60".to_string()), "{labels:?}");
}

#[test]
fn the_markdown_has_the_same_figures_and_a_table_per_chart() {
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let text = report_text(&sandbox, &["--days", "30", "--format", "md"]);
    let stats = stats_json(&sandbox, 30);
    assert!(text.starts_with("# Pumping log: "), "{}", &text[..80]);
    assert!(text.contains("not a medical record"));
    for heading in [
        "## Every day",
        "## Let-downs, session by session",
        "## When the first let-down came",
        "## Over the period, day by day",
        "## The coach's triggers",
        "## Comfort and notes",
    ] {
        assert!(text.contains(heading), "{heading}");
    }
    // Each day's row: sessions, pumping minutes (rounded down), let-downs.
    for day in stats["days"].as_array().expect("days") {
        let date = day["date"].as_str().expect("a date");
        let row = text
            .lines()
            .find(|l| l.starts_with("| ") && l.contains(date) && l.matches('|').count() == 7)
            .unwrap_or_else(|| panic!("a row for {date}"));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        assert_eq!(cells[2], day["sessions"].to_string(), "{row}");
        let minutes = (day["pumping_secs"].as_f64().expect("secs") / 60.0).floor();
        assert_eq!(cells[3], format!("{minutes}"), "{row}");
        assert_eq!(cells[4], day["letdowns"].to_string(), "{row}");
    }
    // The raster in characters, and the note as text that links nowhere.
    assert!(text.contains("```text\n"), "the raster");
    assert!(text.contains("~~~"), "the power hour's rests");
    assert!(text.contains("(added by hand: 3 let-downs)"));
    assert!(
        !text.contains("<script>") && !text.contains("](http"),
        "markup from a note"
    );
    assert!(text.contains("\\<script\\>"), "the note, escaped");
    assert!(!text.contains('\u{1b}'));
}
