//! prettier's `printDocToString`: lays a document out in a fixed width, printing each group
//! flat when it (and what follows up to the next possible break) fits.

use std::collections::HashMap;

use super::doc::{Doc, LineKind};

const WIDTH: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Break,
    Flat,
}

#[derive(Clone, Copy)]
struct Command<'a> {
    /// Indentation in columns (the project prints spaces only).
    indent: usize,
    mode: Mode,
    doc: &'a Doc,
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Whether `next` fits in `remaining` columns, reading on into `rest` (from its end) until
/// the first line break in break mode.
fn fits(
    next: Command<'_>,
    rest: &[Command<'_>],
    mut remaining: isize,
    modes: &HashMap<usize, Mode>,
    must_be_flat: bool,
) -> bool {
    let mut rest_index = rest.len();
    let mut stack: Vec<(Mode, &Doc)> = vec![(next.mode, next.doc)];
    while remaining >= 0 {
        let Some((mode, doc)) = stack.pop() else {
            if rest_index == 0 {
                return true;
            }
            rest_index -= 1;
            stack.push((rest[rest_index].mode, rest[rest_index].doc));
            continue;
        };
        match doc {
            Doc::Text(s) => remaining -= width(s) as isize,
            Doc::Concat(parts) => stack.extend(parts.iter().rev().map(|p| (mode, p))),
            Doc::Indent(c) | Doc::Align(_, c) => stack.push((mode, c)),
            Doc::IndentIfBreak { contents, .. } => stack.push((mode, contents)),
            Doc::Group(group) => {
                if must_be_flat && group.should_break {
                    return false;
                }
                let group_mode = if group.should_break {
                    Mode::Break
                } else {
                    mode
                };
                stack.push((group_mode, &group.contents));
            }
            Doc::IfBreak {
                broken,
                flat,
                group,
            } => {
                let group_mode =
                    group.map_or(mode, |id| modes.get(&id).copied().unwrap_or(Mode::Flat));
                stack.push((
                    mode,
                    if group_mode == Mode::Break {
                        broken
                    } else {
                        flat
                    },
                ));
            }
            Doc::Line(kind) => {
                if mode == Mode::Break || *kind == LineKind::Hard {
                    return true;
                }
                if *kind == LineKind::Line {
                    remaining -= 1;
                }
            }
            Doc::LineSuffixBoundary | Doc::BreakParent => {}
        }
    }
    false
}

/// Prints a document whose groups already had their breaks propagated.
pub fn print(doc: &Doc) -> String {
    let mut out = String::new();
    let mut position = 0usize;
    let mut commands = vec![Command {
        indent: 0,
        mode: Mode::Break,
        doc,
    }];
    let mut modes: HashMap<usize, Mode> = HashMap::new();
    let mut should_remeasure = false;
    while let Some(Command { indent, mode, doc }) = commands.pop() {
        match doc {
            Doc::Text(s) => {
                out.push_str(s);
                position += width(s);
            }
            Doc::Concat(parts) => commands.extend(parts.iter().rev().map(|p| Command {
                indent,
                mode,
                doc: p,
            })),
            Doc::Indent(c) => commands.push(Command {
                indent: indent + 2,
                mode,
                doc: c,
            }),
            Doc::Align(n, c) => commands.push(Command {
                indent: indent + n,
                mode,
                doc: c,
            }),
            Doc::Group(group) => {
                let next_mode = if mode == Mode::Flat && !should_remeasure {
                    if group.should_break {
                        Mode::Break
                    } else {
                        Mode::Flat
                    }
                } else {
                    should_remeasure = false;
                    let flat = Command {
                        indent,
                        mode: Mode::Flat,
                        doc: &group.contents,
                    };
                    let remaining = WIDTH as isize - position as isize;
                    if !group.should_break && fits(flat, &commands, remaining, &modes, false) {
                        Mode::Flat
                    } else {
                        Mode::Break
                    }
                };
                commands.push(Command {
                    indent,
                    mode: next_mode,
                    doc: &group.contents,
                });
                if let Some(id) = group.id {
                    modes.insert(id, next_mode);
                }
            }
            Doc::IfBreak {
                broken,
                flat,
                group,
            } => {
                let group_mode =
                    group.map_or(mode, |id| modes.get(&id).copied().unwrap_or(Mode::Flat));
                commands.push(Command {
                    indent,
                    mode,
                    doc: if group_mode == Mode::Break {
                        broken
                    } else {
                        flat
                    },
                });
            }
            Doc::IndentIfBreak { contents, group } => {
                let broke = modes.get(group).copied() == Some(Mode::Break);
                commands.push(Command {
                    indent: if broke { indent + 2 } else { indent },
                    mode,
                    doc: contents,
                });
            }
            Doc::Line(kind) => {
                if mode == Mode::Flat && *kind != LineKind::Hard {
                    if *kind == LineKind::Line {
                        out.push(' ');
                        position += 1;
                    }
                    continue;
                }
                if mode == Mode::Flat {
                    should_remeasure = true;
                }
                let trimmed = out.trim_end_matches([' ', '\t']).len();
                out.truncate(trimmed);
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', indent));
                position = indent;
            }
            Doc::LineSuffixBoundary | Doc::BreakParent => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::doc::*;
    use super::*;

    fn render(mut doc: Doc) -> String {
        propagate_breaks(&mut doc);
        print(&doc)
    }

    fn args(items: &[&str]) -> Doc {
        group(concat(vec![
            text("f<"),
            indent(concat(vec![
                softline(),
                join(
                    concat(vec![text(","), line()]),
                    items.iter().map(|s| text(*s)).collect(),
                ),
            ])),
            softline(),
            text(">"),
        ]))
    }

    #[test]
    fn groups_break_only_when_they_do_not_fit() {
        insta::assert_snapshot!(render(args(&["a", "b"])), @"f<a, b>");
        let long: Vec<String> = (0..8).map(|i| format!("argument{i}")).collect();
        let long: Vec<&str> = long.iter().map(String::as_str).collect();
        insta::assert_snapshot!(render(args(&long)), @r"
        f<
          argument0,
          argument1,
          argument2,
          argument3,
          argument4,
          argument5,
          argument6,
          argument7
        >
        ");
    }

    #[test]
    fn a_hard_line_breaks_every_enclosing_group() {
        let doc = group(concat(vec![
            text("{"),
            indent(concat(vec![line(), text("a;"), hardline(), text("b;")])),
            line(),
            text("}"),
        ]));
        insta::assert_snapshot!(render(doc), @r"
        {
          a;
          b;
        }
        ");
    }

    #[test]
    fn if_break_follows_its_group() {
        let doc = group(concat(vec![
            text("x"),
            if_break(text(" (broken)"), text(" (flat)")),
        ]));
        assert_eq!(render(doc), "x (flat)");
    }
}
