//! prettier's document IR: text, groups that print flat when they fit, and line breaks.

/// A document to print.
#[derive(Debug, Clone)]
pub enum Doc {
    Text(String),
    Concat(Vec<Doc>),
    Group(Group),
    Indent(Box<Doc>),
    /// Extra spaces on every line the contents break onto.
    Align(usize, Box<Doc>),
    Line(LineKind),
    IfBreak {
        broken: Box<Doc>,
        flat: Box<Doc>,
        group: Option<usize>,
    },
    /// Indents the contents only when the group `group` broke.
    IndentIfBreak {
        contents: Box<Doc>,
        group: usize,
    },
    LineSuffixBoundary,
    /// Forces every enclosing group to break.
    BreakParent,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub contents: Box<Doc>,
    pub should_break: bool,
    pub id: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A space when flat, a newline when broken.
    Line,
    /// Nothing when flat, a newline when broken.
    Soft,
    /// Always a newline.
    Hard,
}

pub fn text(s: impl Into<String>) -> Doc {
    Doc::Text(s.into())
}

pub fn concat(parts: Vec<Doc>) -> Doc {
    Doc::Concat(parts)
}

pub fn group(contents: Doc) -> Doc {
    Doc::Group(Group {
        contents: Box::new(contents),
        should_break: false,
        id: None,
    })
}

pub fn group_with(contents: Doc, should_break: bool, id: Option<usize>) -> Doc {
    Doc::Group(Group {
        contents: Box::new(contents),
        should_break,
        id,
    })
}

pub fn indent(contents: Doc) -> Doc {
    Doc::Indent(Box::new(contents))
}

pub fn align(n: usize, contents: Doc) -> Doc {
    Doc::Align(n, Box::new(contents))
}

pub fn line() -> Doc {
    Doc::Line(LineKind::Line)
}

pub fn softline() -> Doc {
    Doc::Line(LineKind::Soft)
}

pub fn hardline() -> Doc {
    concat(vec![Doc::Line(LineKind::Hard), Doc::BreakParent])
}

pub fn if_break(broken: Doc, flat: Doc) -> Doc {
    Doc::IfBreak {
        broken: Box::new(broken),
        flat: Box::new(flat),
        group: None,
    }
}

pub fn join(separator: Doc, docs: Vec<Doc>) -> Doc {
    let mut parts = Vec::with_capacity(docs.len() * 2);
    for (i, doc) in docs.into_iter().enumerate() {
        if i > 0 {
            parts.push(separator.clone());
        }
        parts.push(doc);
    }
    concat(parts)
}

/// `open`, the comma-separated items (one per line, indented, when broken), `close` — the
/// shape prettier gives objects, import specifiers, type arguments and tuples. `spaced` puts a
/// space inside the brackets when flat (`{ a }` rather than `<a>`); `trailing_comma` adds a
/// comma after the last item when broken. The caller groups it.
pub fn bracketed(
    open: &str,
    items: Vec<Doc>,
    close: &str,
    spaced: bool,
    trailing_comma: bool,
) -> Doc {
    let edge = if spaced { line } else { softline };
    concat(vec![
        text(open),
        indent(concat(vec![
            edge(),
            join(concat(vec![text(","), line()]), items),
        ])),
        if trailing_comma {
            if_break(text(","), text(""))
        } else {
            text("")
        },
        edge(),
        text(close),
    ])
}

/// Marks every group that contains a forced break as broken, and reports whether `doc`
/// contains one (prettier's `propagateBreaks`).
pub fn propagate_breaks(doc: &mut Doc) -> bool {
    match doc {
        Doc::BreakParent => true,
        Doc::Text(_) | Doc::Line(_) | Doc::LineSuffixBoundary => false,
        Doc::Concat(parts) => {
            // Every part is visited: each group inside needs its own flag set.
            let mut any = false;
            for part in parts.iter_mut() {
                any |= propagate_breaks(part);
            }
            any
        }
        Doc::Group(group) => {
            if propagate_breaks(&mut group.contents) {
                group.should_break = true;
            }
            group.should_break
        }
        Doc::Indent(contents) | Doc::Align(_, contents) => propagate_breaks(contents),
        Doc::IndentIfBreak { contents, .. } => propagate_breaks(contents),
        Doc::IfBreak { broken, flat, .. } => {
            let a = propagate_breaks(broken);
            let b = propagate_breaks(flat);
            a || b
        }
    }
}

/// Whether the document contains any line that could break (prettier's `canBreak`).
pub fn can_break(doc: &Doc) -> bool {
    match doc {
        Doc::Line(_) => true,
        Doc::Group(group) => can_break(&group.contents),
        Doc::Concat(parts) => parts.iter().any(can_break),
        Doc::Indent(c) | Doc::Align(_, c) => can_break(c),
        Doc::IndentIfBreak { contents, .. } => can_break(contents),
        Doc::IfBreak { broken, flat, .. } => can_break(broken) || can_break(flat),
        _ => false,
    }
}
