//! A small SVG backend for the page's "Download chart (SVG)".
//!
//! plotters' own `SVGBackend` builds every attribute as a separate string; this one writes each
//! shape straight into one string, which takes a third of the code in the page's WebAssembly
//! (measured: about 2 KB gzip less). Text is written at the size the canvas draws it (plotters'
//! backend shrinks it by a fifth), so a figure saved as SVG matches the same figure saved as PNG.
//! It answers no question about text size itself: the page measures text with a canvas
//! (`ui::page_backend`); elsewhere plotters' estimate is used.

use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};
use std::convert::Infallible;
use std::fmt::Write as _;

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

/// Writes an SVG document of a given size into a string; [`DrawingBackend::present`] closes it.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> SvgWriter<'a> {
    /// Starts a document of `size` pixels in `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> SvgWriter<'a> {
        let (w, h) = size;
        let _ = writeln!(
            out,
            r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">"#
        );
        SvgWriter {
            out,
            size,
            closed: false,
        }
    }

    /// ` fill="#RRGGBB"` (or `stroke`), with an opacity when the colour is see-through.
    fn paint(&mut self, attribute: &str, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let _ = write!(self.out, r##" {attribute}="#{r:02X}{g:02X}{b:02X}""##);
        if color.alpha < 1.0 {
            let _ = write!(self.out, r#" {attribute}-opacity="{}""#, color.alpha);
        }
    }

    /// A stroke's colour and width, or its fill, as attributes.
    fn stroke_or_fill<S: BackendStyle>(&mut self, style: &S, fill: bool) {
        if fill {
            self.out.push_str(r#" stroke="none""#);
            self.paint("fill", style.color());
        } else {
            self.out.push_str(r#" fill="none""#);
            self.paint("stroke", style.color());
            let _ = write!(self.out, r#" stroke-width="{}""#, style.stroke_width());
        }
    }

    /// ` points="x,y x,y …"`.
    fn points<I: IntoIterator<Item = BackendCoord>>(&mut self, points: I) {
        self.out.push_str(r#" points=""#);
        for (i, (x, y)) in points.into_iter().enumerate() {
            let gap = if i == 0 { "" } else { " " };
            let _ = write!(self.out, "{gap}{x},{y}");
        }
        self.out.push('"');
    }

    /// `text` with the characters that are markup in XML escaped.
    fn escaped(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '&' => self.out.push_str("&amp;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&apos;"),
                // Characters XML 1.0 forbids (most controls, U+FFFE, U+FFFF) would make the
                // file unreadable: each becomes the replacement character.
                '\t' | '\n' | '\r' => self.out.push(c),
                '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => self.out.push('\u{fffd}'),
                c => self.out.push(c),
            }
        }
    }
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        let _ = write!(self.out, r#"<rect x="{x}" y="{y}" width="1" height="1""#);
        self.paint("fill", color);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        let _ = write!(
            self.out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}""#,
            from.0, from.1, to.0, to.1
        );
        self.stroke_or_fill(style, false);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let _ = write!(
            self.out,
            r#"<rect x="{x0}" y="{y0}" width="{}" height="{}""#,
            x1 - x0,
            y1 - y0
        );
        self.stroke_or_fill(style, fill);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.out.push_str("<polyline");
        self.points(path);
        self.stroke_or_fill(style, false);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let _ = write!(self.out, r#"<circle cx="{x}" cy="{y}" r="{radius}""#);
        self.stroke_or_fill(style, fill);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        self.out.push_str("<polygon");
        self.points(vertices);
        self.stroke_or_fill(style, true);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Drawn {
        let anchor = style.anchor();
        let h = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // As plotters' SVG backend places text: these suit the common fonts.
        let dy = match anchor.v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" dy="{dy}" text-anchor="{h}" font-family="{}" font-size="{}""#,
            style.family().as_str(),
            style.size()
        );
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.out.push_str(r#" font-weight="bold""#),
            other => {
                let _ = write!(self.out, r#" font-style="{}""#, other.as_str());
            }
        }
        let degrees = match style.transform() {
            FontTransform::Rotate90 => 90,
            FontTransform::Rotate180 => 180,
            FontTransform::Rotate270 => 270,
            FontTransform::None => 0,
        };
        if degrees != 0 {
            let _ = write!(self.out, r#" transform="rotate({degrees}, {x}, {y})""#);
        }
        self.paint("fill", style.color());
        self.out.push('>');
        self.escaped(text);
        self.out.push_str("</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::SvgWriter;
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};

    fn drawn(draw: impl FnOnce(&DrawingArea<SvgWriter, plotters::coord::Shift>)) -> String {
        let mut out = String::new();
        {
            let root = SvgWriter::new(&mut out, (200, 100)).into_drawing_area();
            draw(&root);
            root.present().unwrap();
        }
        out
    }

    #[test]
    fn writes_a_sized_document_closed_once() {
        let svg = drawn(|_| {});
        assert!(svg.starts_with(r#"<svg width="200" height="100" viewBox="0 0 200 100""#));
        assert!(svg.ends_with("</svg>\n"));
        assert_eq!(svg.matches("</svg>").count(), 1);
    }

    #[test]
    fn writes_shapes_with_their_colours_and_widths() {
        let svg = drawn(|root| {
            let style = RGBColor(0x1f, 0x4e, 0x79).stroke_width(3);
            root.draw(&PathElement::new(vec![(0, 0), (10, 20), (30, 5)], style))
                .unwrap();
            root.draw(&Rectangle::new([(5, 5), (25, 15)], RED.mix(0.5).filled()))
                .unwrap();
            root.draw(&Circle::new((50, 50), 4, BLUE)).unwrap();
        });
        assert!(svg.contains(r##"<polyline points="0,0 10,20 30,5" fill="none" stroke="#1F4E79" stroke-width="3"/>"##), "{svg}");
        assert!(svg.contains(r##"<rect x="5" y="5" width="20" height="10" stroke="none" fill="#FF0000" fill-opacity="0.5"/>"##), "{svg}");
        assert!(
            svg.contains(
                r##"<circle cx="50" cy="50" r="4" fill="none" stroke="#0000FF" stroke-width="1"/>"##
            ),
            "{svg}"
        );
    }

    #[test]
    fn writes_text_escaped_anchored_and_turned() {
        let svg = drawn(|root| {
            let style = TextStyle::from(("sans-serif", 14).into_font().style(FontStyle::Bold))
                .pos(Pos::new(HPos::Right, VPos::Center))
                .transform(FontTransform::Rotate270);
            root.draw_text("B&NES <2023> \"rate\"", &style, (40, 60))
                .unwrap();
        });
        assert!(
            svg.contains(r##"<text x="40" y="60" dy="0.5ex" text-anchor="end" font-family="sans-serif" font-size="14" font-weight="bold" transform="rotate(270, 40, 60)" fill="#000000">B&amp;NES &lt;2023&gt; &quot;rate&quot;</text>"##),
            "{svg}"
        );
    }

    #[test]
    fn characters_xml_forbids_become_the_replacement_character() {
        let svg = drawn(|root| {
            let style = TextStyle::from(("sans-serif", 14).into_font());
            root.draw_text("Bath\u{1}\u{b}\u{c}\0 & Wells\u{ffff}\tx", &style, (1, 1))
                .unwrap();
        });
        assert!(
            svg.contains(">Bath\u{fffd}\u{fffd}\u{fffd}\u{fffd} &amp; Wells\u{fffd}\tx</text>"),
            "{svg}"
        );
        assert!(!svg
            .chars()
            .any(|c| c < ' ' && !matches!(c, '\t' | '\n' | '\r')));
    }
}
