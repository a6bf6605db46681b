//! A small SVG writer for the report's charts: shapes with a class (the
//! page's style colours them, so print and screen share one look), and text
//! that is always escaped. Nothing here writes a reference: no `href`, no
//! `url()`, no namespace needed inside an HTML page.

use std::fmt::Write as _;

use super::escape;

/// Where a text stands on its x.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Middle => "middle",
            Self::End => "end",
        }
    }
}

/// A number as SVG takes it: finite, to a tenth.
fn n(value: f64) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_string)
}

/// One chart being written.
pub struct Svg {
    out: String,
}

impl Svg {
    /// An SVG `width` by `height` units, scaled to the page's width, with
    /// its title and description for a screen reader (and as a tooltip),
    /// and the same printed as the figure's visible caption: text inside an
    /// SVG does not always print, and a title should be read at a glance.
    pub fn new(id: &str, width: f64, height: f64, title: &str, desc: &str) -> Self {
        let id = escape(id);
        let mut out = String::with_capacity(4096);
        let _ = write!(
            out,
            "<figure class=\"chart-figure\"><figcaption aria-hidden=\"true\">\
             <strong class=\"chart-title\">{}</strong> <span class=\"chart-desc\">{}</span>\
             </figcaption>",
            escape(title),
            escape(desc)
        );
        let _ = write!(
            out,
            "<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" \
             aria-labelledby=\"{id}-title {id}-desc\">\
             <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            n(width),
            n(height),
            escape(title),
            escape(desc)
        );
        Self { out }
    }

    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), class: &str) {
        let _ = write!(
            self.out,
            "<line class=\"{class}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            n(x1),
            n(y1),
            n(x2),
            n(y2)
        );
    }

    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, class: &str) {
        let _ = write!(
            self.out,
            "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
            n(x),
            n(y),
            n(width.max(0.0)),
            n(height.max(0.0))
        );
    }

    pub fn circle(&mut self, (cx, cy): (f64, f64), r: f64, class: &str) {
        let _ = write!(
            self.out,
            "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
            n(cx),
            n(cy),
            n(r)
        );
    }

    /// A line through the points, in order.
    pub fn polyline(&mut self, points: &[(f64, f64)], class: &str) {
        if points.len() < 2 {
            return;
        }
        let list: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
            .collect();
        let _ = write!(
            self.out,
            "<polyline class=\"{class}\" points=\"{}\"/>",
            list.join(" ")
        );
    }

    /// Text at `(x, y)`, its baseline on y.
    pub fn text(&mut self, (x, y): (f64, f64), anchor: Anchor, class: &str, text: &str) {
        let _ = write!(
            self.out,
            "<text class=\"{class}\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>",
            n(x),
            n(y),
            anchor.name(),
            escape(text)
        );
    }

    /// Text read bottom to top, centred on `(x, y)`: a y axis's title.
    pub fn vertical_text(&mut self, (x, y): (f64, f64), class: &str, text: &str) {
        let _ = write!(
            self.out,
            "<text class=\"{class}\" x=\"0\" y=\"0\" text-anchor=\"middle\" \
             transform=\"translate({} {}) rotate(-90)\">{}</text>",
            n(x),
            n(y),
            escape(text)
        );
    }

    /// The chart's text, closed.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg></figure>");
        self.out
    }
}

/// A scale from 0 up to a round top, with a round step between its ticks:
/// 1, 2 or 5 times a power of ten, about `ticks` of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub top: f64,
    pub step: f64,
}

impl Scale {
    /// The scale that holds `max` (1 at least).
    #[must_use]
    pub fn to_hold(max: f64, ticks: f64) -> Self {
        let max = if max.is_finite() { max.max(1.0) } else { 1.0 };
        let rough = max / ticks.max(1.0);
        let power = 10f64.powf(rough.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * power)
            .find(|s| *s >= rough)
            .unwrap_or(10.0 * power)
            .max(1.0);
        Self {
            top: (max / step).ceil() * step,
            step,
        }
    }

    /// The ticks from 0 to the top.
    pub fn ticks(&self) -> impl Iterator<Item = f64> + '_ {
        let count = (self.top / self.step).round() as usize;
        (0..=count).map(|i| i as f64 * self.step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_have_round_steps_and_hold_the_top() {
        assert_eq!(
            Scale::to_hold(7.0, 4.0),
            Scale {
                top: 8.0,
                step: 2.0
            }
        );
        assert_eq!(
            Scale::to_hold(112.0, 4.0),
            Scale {
                top: 150.0,
                step: 50.0
            }
        );
        assert!((Scale::to_hold(0.0, 4.0).top - 1.0).abs() < 1e-9);
        assert!((Scale::to_hold(f64::NAN, 4.0).top - 1.0).abs() < 1e-9);
        let ticks: Vec<f64> = Scale::to_hold(7.0, 4.0).ticks().collect();
        assert_eq!(ticks, [0.0, 2.0, 4.0, 6.0, 8.0]);
    }

    #[test]
    fn text_is_escaped_and_numbers_are_finite() {
        let mut svg = Svg::new("c", 100.0, 50.0, "a <b>", "d & e");
        svg.text((1.0, f64::NAN), Anchor::End, "label", "<script>");
        let text = svg.finish();
        assert!(
            text.contains("<title id=\"c-title\">a &lt;b&gt;</title>"),
            "{text}"
        );
        assert!(text.contains("y=\"0\""), "{text}");
        assert!(
            text.contains("&lt;script&gt;") && !text.contains("<script"),
            "{text}"
        );
        assert!(text.contains("viewBox=\"0 0 100 50\""), "{text}");
    }
}
