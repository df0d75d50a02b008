"""Raw bytes to text: encodings, line ends, mojibake, and the files that are not articles."""

import codecs

import pytest

from dossier.convert.reading import RawInputError, read_raw

FRENCH = "Le ministre français de la Défense à Moscou : « coopération » — 5 € et l’œuvre.\nDeuxième ligne."


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("cp1252", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),  # Notepad "Unicode" pasted without its BOM
])
def test_encodings_decode_to_the_same_text(tmp_path, encoding, prefix):
    p = tmp_path / "a.txt"
    p.write_bytes(prefix + FRENCH.encode(encoding))
    raw = read_raw(p)
    assert raw.text == FRENCH
    assert "\ufffd" not in raw.text


def test_latin1_without_cp1252_characters(tmp_path):
    text = "Le ministre a déclaré à la presse que la coopération était « indispensable » après les attentats."
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("latin-1"))
    assert read_raw(p).text == text


def test_crlf_and_cr_become_lf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Titre de l'article\r\n\r\nPremier paragraphe.\rSecond.")
    assert read_raw(p).text == "Titre de l'article\n\nPremier paragraphe.\nSecond."


def test_mojibake_is_repaired(tmp_path):
    # UTF-8 read as cp1252 then saved again as UTF-8: "Ã©" for "é"
    broken = "Le ministre franÃ§ais de la DÃ©fense Ã  Moscou pour parler de coopÃ©ration."
    p = tmp_path / "a.txt"
    p.write_text(broken, encoding="utf-8")
    raw = read_raw(p)
    assert raw.text == "Le ministre français de la Défense à Moscou pour parler de coopération."
    assert raw.repaired


def test_literal_entities_are_kept(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("AT&amp;T et &lt;b&gt; restent écrits tels quels.", encoding="utf-8")
    assert read_raw(p).text == "AT&amp;T et &lt;b&gt; restent écrits tels quels."


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\r\n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (PNG image)"),
    (b"%PDF-1.4\n%\xe2\xe3", "binary file (PDF document)"),
    (b"PK\x03\x04" + b"\x00" * 40, "binary file (ZIP archive"),
    (bytes(range(1, 32)) * 20, "binary file (control characters"),
    (b"text with a NUL\x00 in it \xff\xfe\x00", "binary file"),
])
def test_bad_inputs_name_the_reason(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(RawInputError) as err:
        read_raw(p)
    assert reason in err.value.reason
    assert str(p) in str(err.value)


def test_too_large_just_above_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 1001)
    with pytest.raises(RawInputError, match="too large"):
        read_raw(p, max_bytes=1000)
    p.write_bytes(b"abc " * 250)  # exactly at the limit: accepted
    assert read_raw(p, max_bytes=1000).text.startswith("abc")


def test_invalid_bom_is_undecodable(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe invalide")
    with pytest.raises(RawInputError, match="undecodable"):
        read_raw(p)


@pytest.mark.parametrize("encoding,text", [
    ("koi8_r", "Министр обороны Франции прибыл в Москву для переговоров о сотрудничестве."),
    ("shift_jis", "フランスの国防大臣がモスクワに到着しました。協力について話し合います。"),
])
def test_non_western_encodings_are_refused_not_garbled(tmp_path, encoding, text):
    p = tmp_path / "x.txt"
    p.write_bytes(text.encode(encoding))
    with pytest.raises(RawInputError, match="undecodable"):
        read_raw(p)
