#!/usr/bin/env python3
"""Baseline for the scale ladder: Python difflib on two texts, as a user would write it.

Cuts both files into sentences (after 。！？； and at line breaks), diffs the sentence lists with
difflib.SequenceMatcher, then diffs the characters inside every replaced block. Prints one line
per opcode. Usage: difflib_diff.py OLD NEW
"""
import difflib
import re
import sys

SENTENCE = re.compile(r"[^。！？；\n]*(?:[。！？；]|\n|$)")


def sentences(text):
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def main(old_path, new_path):
    with open(old_path, encoding="utf-8") as f:
        old = sentences(f.read())
    with open(new_path, encoding="utf-8") as f:
        new = sentences(f.read())
    out = sys.stdout
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        out.write(f"{tag} {i1}:{i2} {j1}:{j2}\n")
        if tag == "replace":
            chars = difflib.SequenceMatcher(None, "".join(old[i1:i2]), "".join(new[j1:j2]), autojunk=False)
            for ctag, a1, a2, b1, b2 in chars.get_opcodes():
                if ctag != "equal":
                    out.write(f"  {ctag} {a1}:{a2} {b1}:{b2}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
