//! The five history charts, stacked on one date axis: sessions, pumping
//! minutes and volume as bars per day (with the daily goal as a dotted line),
//! let-downs and time to the first let-down as lines per session.
//!
//! Every chart is a ratatui `Chart` with the same x bounds and the same width
//! of scale labels, so a day stands in the same column in each of them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use super::axis::DateScale;
use crate::format;

/// Rows each chart needs: its title and two rows of plot.
pub const CHART_ROWS: u16 = 3;
/// Rows under the charts for the date axis.
pub const AXIS_ROWS: u16 = 2;
/// Rows the stack needs: five charts and the axis.
pub const MIN_ROWS: u16 = 5 * CHART_ROWS + AXIS_ROWS;
/// How much of its day's slot a bar fills, each side of the middle.
const BAR_HALF_WIDTH: f64 = 0.3;

/// What a chart draws its values as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One bar per day.
    Bars,
    /// A line through the sessions.
    Trend,
}

/// One chart: its title, its points and its scale.
#[derive(Debug, Clone)]
pub struct Series {
    pub title: String,
    pub shape: Shape,
    /// (x on the date scale, value)
    pub points: Vec<(f64, f64)>,
    /// The daily goal, where there is one.
    pub goal: Option<f64>,
    /// The top of the scale, from [`scale_top`].
    pub top: f64,
    /// The top of the scale as its label says it.
    pub top_label: String,
}

/// The top of a scale: the highest value or the goal, whichever is higher,
/// rounded up to a whole number (1 when there is nothing to draw).
pub fn scale_top(points: &[(f64, f64)], goal: Option<f64>) -> f64 {
    let top = points.iter().map(|p| p.1).chain(goal).fold(0.0, f64::max);
    top.ceil().max(1.0)
}

/// The styles of the charts.
#[derive(Debug, Clone, Copy)]
pub struct ChartStyles {
    pub title: Style,
    pub bars: Style,
    pub trend: Style,
    pub goal: Style,
    pub axis: Style,
    pub labels: Style,
}

/// The stack of charts over one date axis.
pub struct Stack<'a> {
    pub scale: DateScale,
    pub series: &'a [Series],
    pub styles: ChartStyles,
}

impl Stack<'_> {
    /// The points a bar chart draws: with room, several across the middle
    /// of the day's slot, so that the bar is wide; days at zero draw nothing.
    fn bar_points(&self, points: &[(f64, f64)], plot_width: u16) -> Vec<(f64, f64)> {
        let per_day = self.scale.columns_per_day(plot_width);
        let steps = (per_day * BAR_HALF_WIDTH * 2.0).floor().max(0.0) as usize;
        points
            .iter()
            .filter(|p| p.1 > 0.0)
            .flat_map(|&(x, y)| {
                let step = if steps == 0 { 0.0 } else { 1.0 / per_day };
                let start = x - step * (steps as f64) / 2.0;
                (0..=steps).map(move |i| (start + step * i as f64, y))
            })
            .collect()
    }

    fn render_chart(&self, series: &Series, label_width: usize, area: Rect, buf: &mut Buffer) {
        let [title, plot] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        Line::styled(series.title.as_str(), self.styles.title).render(title, buf);
        let plot_width = plot.width.saturating_sub(label_width as u16 + 1);
        let top = series.top;
        let [left, right] = self.scale.bounds();
        let drawn = match series.shape {
            Shape::Bars => self.bar_points(&series.points, plot_width),
            Shape::Trend => series.points.clone(),
        };
        let goal = series.goal.map(|g| [(left, g), (right, g)]);
        let (marker, graph) = match series.shape {
            Shape::Bars if self.scale.columns_per_day(plot_width) >= 1.0 => {
                (Marker::HalfBlock, GraphType::Bar)
            }
            Shape::Bars => (Marker::Braille, GraphType::Bar),
            // More sessions than dots across, a line would only fill the
            // plot; the points alone show where most of them lie.
            Shape::Trend if drawn.len() > usize::from(plot_width) * 2 => {
                (Marker::Braille, GraphType::Scatter)
            }
            Shape::Trend => (Marker::Braille, GraphType::Line),
        };
        let style = match series.shape {
            Shape::Bars => self.styles.bars,
            Shape::Trend => self.styles.trend,
        };
        let mut datasets = vec![
            Dataset::default()
                .data(&drawn)
                .marker(marker)
                .graph_type(graph)
                .style(style),
        ];
        if let Some(goal) = &goal {
            datasets.push(
                Dataset::default()
                    .data(goal)
                    .marker(Marker::Dot)
                    .graph_type(GraphType::Line)
                    .style(self.styles.goal),
            );
        }
        let labels = [
            format!("{:>label_width$}", 0),
            format!("{:>label_width$}", series.top_label),
        ];
        Chart::new(datasets)
            .x_axis(Axis::default().bounds([left, right]))
            .y_axis(
                Axis::default()
                    .bounds([0.0, top])
                    .labels(labels)
                    .style(self.styles.axis),
            )
            .style(self.styles.labels)
            .render(plot, buf);
    }
}

impl Widget for &Stack<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height < MIN_ROWS || self.series.is_empty() {
            return;
        }
        // One label width for all, so that every plot starts in the same column.
        let label_width = self
            .series
            .iter()
            .map(|s| format::columns(&s.top_label))
            .max()
            .unwrap_or(1)
            .min(usize::from(area.width / 4));
        let [charts, axis] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(AXIS_ROWS)]).areas(area);
        let rows = Layout::vertical(self.series.iter().map(|_| Constraint::Fill(1))).split(charts);
        for (series, row) in self.series.iter().zip(rows.iter()) {
            self.render_chart(series, label_width, *row, buf);
        }
        let offset = label_width as u16 + 1;
        let plot = Rect {
            x: axis.x + offset,
            width: axis.width.saturating_sub(offset),
            ..axis
        };
        self.scale
            .render(plot, buf, self.styles.axis, self.styles.labels);
    }
}
