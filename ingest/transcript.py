"""A talk's transcript as plain text: cues, each a time in the video on a line of its own
("0:05", "1:02:40", "[03:15]") and the words spoken from then on, as a video site's transcript
panel or a downloader writes them. Its sentences run across cues, so the words are read as
sentences, a paragraph ending with a sentence once it is a few lines long, and the line
a paragraph cites is where its words begin; "[Music]" and the like are sounds, not notes; "Chapter 2: Quill basics" and a
title-case line alone in a cue title a section; the first line over the cues titles the talk
(a link under it is where it is watched)."""

from __future__ import annotations

import re
from collections.abc import Callable

# a cue's time, alone on its line or opening its words ("0:05 Hey, welcome back")
_CUE = re.compile(r"^\s*[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]?(?:\s+(\S.*))?$")
_SOUND = re.compile(r"^\s*[\[(♪][^\])]{0,30}[\])♪]\s*$")  # "[Music]", "(applause)", "♪♪"
_CHAPTER = re.compile(
    r"^\s*(?:chapter|part|section|module|lesson|segment)\s+\d{1,2}\s*[:.–—-]\s*(\S.*)$", re.I
)
_LINK = re.compile(r"^\s*(?:<)?https?://\S+(?:>)?\s*$")
_SENTENCE_END = re.compile(r"[.?!…][\"'”’)\]]*$")
_MOST_CUES = 0.3  # of the lines with words: a transcript's are mostly times
_FEWEST_CUES = 5
_LONGEST_RUN = 10  # cues without a sentence's end (captions made by machine have no stops)
_FEWEST_WORDS = 25  # a paragraph ends at a sentence's end once it has this many words
_LEAD_WORDS = 4  # a sentence this short leads into the next


def is_transcript(lines: list[str]) -> bool:
    """Whether plain text is a transcript: at least five cue times, and as many as three
    in ten of its lines with words."""
    said = [line for line in lines if line.strip()]
    cues = sum(1 for line in said if _CUE.match(line))
    return cues >= _FEWEST_CUES and cues >= _MOST_CUES * len(said)


def _title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    small = {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "vs", "by"}
    big = [w for w in words if w.lower() not in small]
    return len(words) >= 2 and bool(big) and all(w[0].isupper() for w in big)


def _chapter(text: str, after_sentence: bool, then: str) -> str:
    """The section a cue's words title: "Chapter 2: Quill basics", or alone in its cue a
    short line in title case between sentences ("Fern Streams In Practice" where one has
    ended and the words ``then`` said open another)."""
    if m := _CHAPTER.match(text):
        return m[1].strip()
    words = text.split()
    if (
        after_sentence
        and then[:1].isupper()
        and 2 <= len(words) <= 8
        and not re.search(r"[.?!,;:]$", text)
        and _title_case(text)
    ):
        return text.strip()
    return ""


def _words_after(lines: list[str], at: int) -> str:
    """The words said next after line ``at`` (times and sounds aside)."""
    for line in lines[at + 1 :]:
        cue = _CUE.match(line)
        text = (cue[2] or "" if cue else line).strip()
        if text and not _SOUND.match(text):
            return text
    return ""


def read_transcript(
    lines: list[str],
    heading: Callable[[int, str, list[int]], None],
    paragraph: Callable[[str, list[int], list[str]], None],
) -> None:
    """Call ``heading(level, title, line_map)`` and ``paragraph(text, line_map, lines)`` for
    the transcript's title, sections and sentences, in order (line maps 0-based, end
    exclusive, as the Markdown parser's)."""
    first_cue = next(i for i, line in enumerate(lines) if _CUE.match(line))
    head = [i for i in range(first_cue) if lines[i].strip() and not _LINK.match(lines[i])]
    if head:  # the talk's title, and whatever else its page said over the words
        heading(1, lines[head[0]].strip(), [head[0], head[0] + 1])
        for i in head[1:]:
            paragraph(lines[i].strip(), [i, i + 1], [lines[i].strip()])
    said: list[tuple[int, str]] = []  # (line, words) of the sentence under way
    cues_in_run = 0

    def flush() -> None:
        nonlocal cues_in_run
        if said:
            words = [w for _, w in said]
            paragraph(" ".join(words), [said[0][0], said[-1][0] + 1], words)
        said.clear()
        cues_in_run = 0

    for i in range(first_cue, len(lines)):
        line = lines[i]
        cue = _CUE.match(line)
        if cue:
            cues_in_run += 1
            if cues_in_run > _LONGEST_RUN:
                flush()
            if not cue[2]:
                continue
            line = cue[2]
        text = line.strip()
        if not text or _SOUND.match(text) or _LINK.match(text):
            continue
        if title := _chapter(text, not said, _words_after(lines, i)):
            flush()
            heading(2, title, [i, i + 1])
            continue
        said.append((i, text))
        # (not after a sentence of a few words, which leads into what follows: "Three modes.")
        last = re.split(r"(?<=[.?!…])\s+", " ".join(w for _, w in said))[-1]
        if (
            _SENTENCE_END.search(text)
            and sum(len(w.split()) for _, w in said) >= _FEWEST_WORDS
            and len(last.split()) > _LEAD_WORDS
        ):
            flush()
    flush()
