"""The docs stay true: what they name exists, what they count is what the code counts.

Read as a newcomer would, the docs were stale in small ways that each cost a reader
minutes (a fifth tab not mentioned, line numbers of the demo's bad rows all off, a link
outside the repository). These tests parse the README and docs/ and compare them with
the code: click's command tree, the page list, the tabs of the pages, the files in
sql/views, the columns in etl/kinds.py, and an ETL run on the demo.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shlex
import sys
from pathlib import Path

import click
import pytest

from dashboard import onderdelen
from dashboard.paginas import PAGINAS
from demo.generate import write_demo
from etl.kinds import KINDS
from etl.load import run_etl
from proeftuin.cli import app
from warehouse.connect import connect_readonly

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").rglob("*.md"))
ALLE = [README, *DOCS]
VOOR_GEBRUIKERS = [
    README,
    ROOT / "docs" / "bronbestanden.md",
    ROOT / "docs" / "begrippenlijst.md",
    *sorted((ROOT / "docs" / "handboek").glob("*.md")),
]
PAGINA_TITELS = {p.titel for p in PAGINAS}


def tekst(pad: Path) -> str:
    return pad.read_text(encoding="utf-8")


def naam(pad: Path) -> str:
    return pad.relative_to(ROOT).as_posix()


def codeblokken(inhoud: str) -> list[str]:
    return re.findall(r"^```[^\n]*\n(.*?)^```", inhoud, re.MULTILINE | re.DOTALL)


def proeftuin_aanroepen(inhoud: str) -> list[str]:
    """Every `proeftuin …` call in inline code or in a code block line (a line ending in
    a backslash continues), without what comes after a comment, pipe or `&&`."""
    regels = re.findall(r"`([^`\n]+)`", inhoud)
    for blok in codeblokken(inhoud):
        regels += blok.replace("\\\n", " ").splitlines()
    aanroepen = []
    for regel in regels:
        regel = re.split(r"\s#|\s\||&&", regel)[0].strip()
        gevonden = re.match(r"^(?:\S*/)?proeftuin\s+(.*)$", regel)
        if gevonden:
            aanroepen.append(gevonden.group(1))
    return aanroepen


@pytest.mark.parametrize("pad", ALLE, ids=naam)
def test_every_command_and_option_named_exists(pad: Path):
    aanroepen = proeftuin_aanroepen(tekst(pad))
    for aanroep in aanroepen:
        woorden = shlex.split(aanroep.replace("[", " ").replace("]", " "))
        if not woorden or woorden[0].startswith("-"):
            assert not woorden or woorden[0] == "--help", f"{naam(pad)}: proeftuin {aanroep}"
            continue
        opdracht = app.commands.get(woorden[0])
        assert opdracht is not None, f"{naam(pad)}: onbekende opdracht in `proeftuin {aanroep}`"
        opties = {o for p in opdracht.params for o in p.opts} | {"--help"}
        for woord in woorden[1:]:
            if woord.startswith("--"):
                optie = woord.split("=")[0]
                assert optie in opties, f"{naam(pad)}: {optie} bestaat niet bij {woorden[0]}"


def test_the_docs_name_every_command():
    """The reference names each command, so a new one is documented too."""
    genoemd = {a.split()[0] for p in ALLE for a in proeftuin_aanroepen(tekst(p)) if a.split()}
    assert set(app.commands) <= genoemd


@pytest.mark.parametrize("pad", VOOR_GEBRUIKERS, ids=naam)
def test_user_docs_name_only_options_that_exist(pad: Path):
    alle_opties = {o for c in app.commands.values() for p in c.params for o in p.opts}
    for optie in re.findall(r"`[^`]*?(--[a-z][a-z-]*)", tekst(pad)):
        assert optie in alle_opties | {"--help"}, f"{naam(pad)}: {optie}"


def test_one_vocabulary_for_placeholders():
    """Dutch placeholders in --help and in the docs: MAP, BESTAND, ADRES, never DIR/FILE."""
    engels = re.compile(r"\b(DIR|FILE|ADDR|TEXT|INTEGER)\b")
    for pad in ALLE:
        assert not engels.search(tekst(pad)), f"{naam(pad)}: {engels.search(tekst(pad))}"
    for opdracht in app.commands.values():
        with click.Context(opdracht, info_name=opdracht.name) as ctx:
            hulp = opdracht.get_help(ctx)
        assert not engels.search(hulp), f"proeftuin {opdracht.name} --help"


def test_warehouse_is_defaulted_alike_for_every_command():
    for opdracht in app.commands.values():
        for p in opdracht.params:
            if "--warehouse" in p.opts:
                assert not p.required and str(p.default) == "data/proeftuin.duckdb", opdracht.name


def werkbank_tabs() -> dict[str, list[str]]:
    """The tab names of every page, read from its `st.tabs([...])` and
    `tabbladen.open_tab([...], key)` calls, and the sections of a page of
    `onderdelen.Onderdeel("tab", ...)` with the tab *Alles onder elkaar* after them."""
    tabs: dict[str, list[str]] = {}
    for p in PAGINAS:
        boom = ast.parse((ROOT / "dashboard" / p.pad).read_text(encoding="utf-8"))
        onderdelen_ = []
        for knoop in ast.walk(boom):
            if not (
                isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Attribute) and knoop.args
            ):
                continue
            if knoop.func.attr in ("tabs", "open_tab") and isinstance(knoop.args[0], ast.List):
                tabs.setdefault(p.titel, []).extend(ast.literal_eval(knoop.args[0]))
            if knoop.func.attr == "Onderdeel" and isinstance(knoop.args[0], ast.Constant):
                onderdelen_.append(knoop.args[0].value)
        if onderdelen_:
            tabs.setdefault(p.titel, []).extend([*onderdelen_, onderdelen.ALLES])
    return tabs


@pytest.mark.parametrize("pad", ALLE, ids=naam)
def test_every_page_and_tab_named_exists(pad: Path):
    inhoud = tekst(pad)
    tabs = werkbank_tabs()
    alle_tabs = {t for lijst in tabs.values() for t in lijst}
    for pagina in re.findall(r"\b(?:pagina|page)\s+\*([^*]+)\*", inhoud):
        assert pagina in PAGINA_TITELS, f"{naam(pad)}: pagina *{pagina}* bestaat niet"
    for pagina, tab in re.findall(r"\*\*?([A-Z][^*›\n]{0,30}) › ([^*\n]{1,30})\*", inhoud):
        assert pagina in PAGINA_TITELS, f"{naam(pad)}: pagina {pagina}"
        assert tab in tabs.get(pagina, []), f"{naam(pad)}: tabblad {pagina} › {tab}"
    for tab in re.findall(r"\btabblad\s+\*([^*›]+)\*", inhoud):
        assert tab in alle_tabs, f"{naam(pad)}: tabblad *{tab}* bestaat niet"


def test_the_dashboard_doc_lists_every_page_and_every_werkbank_tab():
    inhoud = tekst(ROOT / "docs" / "dashboard.md")
    assert set(re.findall(r"^\| \*\*([^*]+)\*\* \|", inhoud, re.MULTILINE)) == PAGINA_TITELS
    tabs = werkbank_tabs()["Werkbank"]
    rij = next(r for r in inhoud.splitlines() if r.startswith("| **Werkbank** |"))
    telwoord = {4: "Four", 5: "Five", 6: "Six", 7: "Seven"}[len(tabs)]
    assert f"{telwoord} tabs" in rij
    for tab in tabs:
        assert f"*{tab}*" in rij, f"tabblad {tab} ontbreekt in docs/dashboard.md"


def test_every_view_documented_is_a_file_and_every_file_is_documented():
    inhoud = tekst(ROOT / "docs" / "sql-interface.md")
    views = {p.stem for p in (ROOT / "sql" / "views").glob("*.sql")}
    koppen = re.findall(r"^### `([a-z_]+)", inhoud, re.MULTILINE)
    macros = re.findall(r"^\| `([a-z_]+)\(", inhoud, re.MULTILINE)
    assert koppen and macros
    for view in koppen + macros:
        assert view in views, (
            f"docs/sql-interface.md noemt {view}, maar sql/views/{view}.sql ontbreekt"
        )
    for view in views:
        assert f"`{view}" in inhoud, f"sql/views/{view}.sql staat niet in docs/sql-interface.md"
    sql_bestanden = {p.stem for p in (ROOT / "sql").rglob("*.sql")}  # internal ones too
    for pad in ALLE:
        for view in re.findall(r"\b(?:view|views|weergave|macro)\s+`([a-z_]+)[`(]", tekst(pad)):
            assert view in sql_bestanden, f"{naam(pad)}: view {view}"


def anker(kop: str) -> str:
    """GitHub's anchor of a heading."""
    kop = re.sub(r"[^\w\- ]", "", kop.strip().lower())
    return kop.replace(" ", "-")


@pytest.mark.parametrize("pad", ALLE, ids=naam)
def test_links_stay_inside_the_repository_and_resolve(pad: Path):
    inhoud = tekst(pad)
    zonder_code = re.sub(r"^```.*?^```", "", inhoud, flags=re.MULTILINE | re.DOTALL)
    zonder_code = re.sub(r"`[^`\n]*`", "", zonder_code)
    for adres in re.findall(r"<(https?://[^>]+)>", zonder_code):
        assert adres.startswith("http://localhost"), f"{naam(pad)}: {adres}"
    for doel in re.findall(r"\]\(([^)\s]+)\)", zonder_code):
        assert not re.match(r"^[a-z]+:", doel), f"{naam(pad)}: link buiten de repository {doel}"
        bestand, _, deel = doel.partition("#")
        bestemming = (pad.parent / bestand).resolve() if bestand else pad
        assert bestemming.is_relative_to(ROOT), f"{naam(pad)}: {doel} ligt buiten de repository"
        assert bestemming.exists(), f"{naam(pad)}: {doel} bestaat niet"
        if deel and bestemming.suffix == ".md":
            koppen = re.findall(r"^#+ (.+)$", tekst(bestemming), re.MULTILINE)
            assert deel in {anker(k) for k in koppen}, f"{naam(pad)}: anker #{deel} bestaat niet"


def test_bronbestanden_lists_the_columns_the_etl_reads():
    inhoud = tekst(ROOT / "docs" / "bronbestanden.md")
    secties = re.split(r"^### `([a-z]+)`", inhoud, flags=re.MULTILINE)
    per_soort = dict(zip(secties[1::2], secties[2::2], strict=True))
    assert set(per_soort) == set(KINDS)
    for soort, sectie in per_soort.items():
        rijen = re.findall(r"^\| `([a-z_]+)` \| (ja|nee) \|", sectie, re.MULTILINE)
        assert sorted(k for k, _ in rijen) == sorted(KINDS[soort].names), soort
        assert sorted(k for k, v in rijen if v == "ja") == sorted(KINDS[soort].required), soort
        [voorbeeld] = codeblokken(sectie)
        kop, rij = voorbeeld.strip().splitlines()
        kolommen = kop.split(";")
        assert set(KINDS[soort].required) <= set(kolommen) <= set(KINDS[soort].names), soort
        assert len(rij.split(";")) == len(kolommen), f"voorbeeldrij van {soort}"


def test_readme_is_a_front_door():
    inhoud = tekst(README)
    assert codeblokken(inhoud)[0] == (
        "python3 scripts/setup_venv.py && .venv/bin/proeftuin demo\nbash .ci/run\n"
    )
    titel, _, rest = inhoud.partition("\n")
    assert titel.startswith("# ")
    inleiding = rest.split("```")[0]
    assert len(re.findall(r"[.!?]\*?(?:\s|$)", inleiding.strip())) <= 3
    assert len(inhoud.split()) < 1000
    assert "| ik ben … |" in inhoud
    for rol in ("controller", "medewerker", "college", "proeftuin-MT", "beheerder"):
        assert rol in inhoud
    assert "proeftuin dashboard --source data/bron" in inhoud  # restarts with the entries


@pytest.mark.parametrize("pad", VOOR_GEBRUIKERS, ids=naam)
def test_one_form_of_address_u(pad: Path):
    inhoud = tekst(pad).replace("wat je haalt, moet je ook brengen", "")  # the plan's motto
    gevonden = re.findall(r"\b(je|jij|jou|jouw|jullie)\b", inhoud, re.IGNORECASE)
    assert not gevonden, f"{naam(pad)}: {gevonden}"


@pytest.fixture(scope="module")
def demo_afgekeurd(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, int]]:
    basis = tmp_path_factory.mktemp("demo")
    write_demo(basis / "bron", jaar=2012)  # the table documents the plan's year
    run_etl(basis / "bron", basis / "proeftuin.duckdb")
    with connect_readonly(basis / "proeftuin.duckdb") as con:
        return set(con.execute("select bestand, regel from etl_afgekeurd").fetchall())


def test_the_demos_documented_bad_rows_are_what_the_etl_rejects(demo_afgekeurd):
    inhoud = tekst(ROOT / "docs" / "demo-data.md")
    sectie = inhoud.split("## The bad rows")[1].split("\n## ")[0]
    gedocumenteerd = {
        (bestand, int(regel))
        for bestand, regel in re.findall(r"^\| `([^`]+)` \| (\d+) \|", sectie, re.MULTILINE)
    }
    assert gedocumenteerd == demo_afgekeurd


def test_the_example_rows_of_bronbestanden_load_without_a_rejection(tmp_path: Path):
    """A controller may start from the examples: each one, saved as its own CSV file as
    a controller would, loads, and together they are a folder without rejections."""
    inhoud = tekst(ROOT / "docs" / "bronbestanden.md")
    secties = re.split(r"^### `([a-z]+)`", inhoud, flags=re.MULTILINE)
    for soort, sectie in zip(secties[1::2], secties[2::2], strict=True):
        [voorbeeld] = codeblokken(sectie)
        (tmp_path / "bron").mkdir(exist_ok=True)
        (tmp_path / "bron" / f"{soort}.csv").write_text(voorbeeld, encoding="utf-8")
    uitkomst = run_etl(tmp_path / "bron", tmp_path / "proeftuin.duckdb")
    assert uitkomst.afgekeurd.height == 0, uitkomst.afgekeurd.to_dicts()
    geladen = dict(uitkomst.bestanden.select("bestand", "rijen_geladen").iter_rows())
    assert geladen == {f"{soort}.csv": 1 for soort in KINDS}


def test_every_handbook_picture_is_made_by_the_script():
    """The pictures stay current only if the script makes them: each one the handbook
    shows is in the script's list and on disk, and the script makes none for nothing."""
    spec = importlib.util.spec_from_file_location(
        "handboek_screenshots", ROOT / "scripts" / "handboek_screenshots.py"
    )
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclass looks itself up there
    spec.loader.exec_module(script)
    gemaakt = {f.naam for f in script.FOTOS}
    getoond = set()
    for pad in sorted((ROOT / "docs" / "handboek").glob("*.md")):
        getoond |= set(re.findall(r"!\[[^\]]*\]\(img/([^)]+)\)", tekst(pad)))
    assert getoond == gemaakt
    assert {p.name for p in (ROOT / "docs" / "handboek" / "img").glob("*.png")} == gemaakt
