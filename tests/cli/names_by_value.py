#!/usr/bin/env python3
"""Issue 11: header-less files of people whose name and place columns must be typed by
their values alone (first_name, last_name, city), and control columns that must not be.

    names_by_value.py LEAKSCOPE [SEED]

The values here are typed for this test from well-known name statistics (ONS, INSEE,
Destatis top names, UK/FR/DE towns) plus names and villages rare enough to be in no list;
they are NOT taken from the packages the compiled-in lists are generated from
(src/detect/lexicon/SOURCES.md), so the test measures the lists, not an echo of them.

Each file has no header; its columns are in a varied order (the surname column is not
always next to the first-name column, and no postcode column is there to help a city), with
a varied share of rare (unlisted) names and places, and a varied delimiter. Every file is
analysed with `leakscope analyze --json` and each column's type compared with the truth.
Prints a table (files read right / files tried, per variant family) and exits 1 unless
every column of every file is typed right.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

UK_FIRST = """Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Olivia Amelia
Isla Ava Emily Isabella Mia Poppy Ella Lily Sophie Grace Jessica Chloe Lucy Daniel Matthew
Samuel Joshua Ryan Callum Kirsty Fiona Alistair Hamish Rhys Gareth Bethan Declan Trevor Nigel
Derek Sharon Tracey Karen Stephen Paul Mark David Andrew Richard Susan Margaret Patricia
Elizabeth Helen Sarah Rachel Rebecca Victoria Hannah Laura Joanne Michelle Claire Gemma Craig
Darren Wayne Lee Dean Keith Graham Colin Brian Kevin Ian Alan Simon Neil Martin Gary Jason""".split()
UK_FIRST_RARE = """Siobhan Niamh Aoife Eilidh Cerys Ciaran Sinead Dafydd Morag Catriona Ieuan Saoirse
Oisin Tadhg Caoimhe Gruffydd Angharad Rhiannon Bronwen Seonaid""".split()
UK_LAST = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood
Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain
Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
Stevens Jenkins Murray Dixon Harvey""".split()
UK_LAST_RARE = """Pemberton Ashworth Threlfall Haworth Entwistle Ogden Sutcliffe Crabtree Heseltine
Pickles Trelawny Penhaligon Tregenza Polglase Winterbottom Higginbottom Sidebottom Ramsbottom
Brocklehurst Greenhalgh Ackroyd Illingworth Hebblethwaite Micklethwaite Openshaw Rothwell
Butterworth Kershaw Duckworth Hargreaves""".split()
UK_TOWNS = ["London", "Birmingham", "Manchester", "Leeds", "Glasgow", "Sheffield", "Bradford",
            "Liverpool", "Edinburgh", "Bristol", "Cardiff", "Leicester", "Coventry",
            "Nottingham", "Belfast", "Brighton", "Plymouth", "Wolverhampton", "Derby", "Swansea",
            "Southampton", "Salford", "Aberdeen", "Portsmouth", "York", "Peterborough", "Dundee",
            "Lancaster", "Oxford", "Newport", "Preston", "Norwich", "Cambridge", "Salisbury",
            "Exeter", "Gloucester", "Chichester", "Winchester", "Carlisle", "Worcester",
            "Durham", "Hereford", "Inverness", "Stirling", "Canterbury", "Truro", "Wakefield",
            "Milton Keynes", "Reading", "Slough", "Luton", "Basildon", "Crawley", "Dudley",
            "Walsall", "Wigan", "Bolton", "Stockport", "Oldham", "Rochdale", "Blackburn",
            "Burnley", "Harrogate", "Scarborough", "Grimsby", "Doncaster", "Rotherham",
            "Barnsley", "Halifax", "Huddersfield", "Stoke-on-Trent", "Newcastle upon Tyne",
            "St Albans", "St. Helens", "Galway", "Cork", "Limerick"]
UK_TOWNS_RARE = ["Little Snoring", "Nether Wallop", "Mousehole", "Ugley", "Wetwang",
                 "Great Snoring", "Upper Slaughter", "Lower Slaughter", "Cold Christmas",
                 "Brokenwind", "Crackpot", "Booze", "Matching Tye", "Tiddleywink", "Pity Me"]
FR_FIRST = """Marie Jean Pierre Nathalie Isabelle Sylvie Catherine Philippe Michel Alain Nicolas
Christophe Sébastien Stéphane Camille Léa Manon Chloé Inès Hugo Lucas Théo Gabriel Louise Emma
Jade Juliette Julien Thierry Patrick Françoise Monique Valérie Céline Aurélie Jérôme Frédéric
Laurent Vincent Arnaud Benoît Cécile Élodie Mathilde Clément Maxime Antoine Romain""".split()
FR_LAST = """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier
Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin
Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer
Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt
Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois
Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez""".split()
FR_LAST_RARE = """Kerjean Le Goff Quéméner Tanguy Le Bihan Kerbrat Le Gall Prigent Ollivier Guivarc'h
Abgrall Le Floch Cadiou Salaün Riou""".split("  ") if False else ["Kerjean", "Le Goff",
                 "Quéméner", "Le Bihan", "Kerbrat", "Le Gall", "Prigent", "Guivarc'h",
                 "Abgrall", "Le Floch", "Cadiou", "Salaün", "Riou", "Tréguier", "Pennanéac'h"]
FR_TOWNS = ["Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg",
            "Montpellier", "Bordeaux", "Lille", "Rennes", "Reims", "Le Havre", "Saint-Étienne",
            "Toulon", "Grenoble", "Dijon", "Angers", "Nîmes", "Villeurbanne",
            "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest", "Tours", "Amiens",
            "Limoges", "Annecy", "Perpignan", "Metz", "Besançon", "Orléans", "Rouen",
            "Mulhouse", "Caen", "Nancy", "Argenteuil", "Montreuil", "Roubaix", "Tourcoing",
            "Avignon", "Poitiers", "Quimper", "Vannes", "Lorient", "Saint-Malo", "Pau",
            "Bayonne", "La Rochelle", "Niort"]
DE_FIRST = """Hans Jürgen Klaus Stefan Andreas Michael Thomas Wolfgang Sabine Petra Monika Ursula
Anna Lena Lukas Leon Finn Jonas Katharina Julia Dieter Uwe Helga Brigitte Karin Renate Heike
Matthias Markus Christian Tobias Florian Sebastian Johannes Maximilian Sophie Marie Laura
Lea Mia Emma Paul Felix Elias Ben Noah Luis""".split()
DE_LAST = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann
Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler
Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn
Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann""".split()
DE_TOWNS = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart",
            "Düsseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover",
            "Nürnberg", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster",
            "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Mönchengladbach", "Gelsenkirchen",
            "Aachen", "Braunschweig", "Kiel", "Chemnitz", "Halle (Saale)", "Magdeburg",
            "Freiburg im Breisgau", "Krefeld", "Mainz", "Lübeck", "Erfurt", "Oberhausen",
            "Rostock", "Kassel", "Hagen", "Potsdam", "Saarbrücken", "Hamm", "Ludwigshafen am Rhein",
            "Oldenburg", "Osnabrück", "Leverkusen", "Heidelberg", "Darmstadt"]
RANKS = ["Private", "Lance Corporal", "Corporal", "Sergeant", "Staff Sergeant", "Lieutenant",
         "Captain", "Major", "Colonel", "Brigadier"]
# Controls: varied single words that are not people or places.
FRUIT = """Apple Banana Cherry Grape Lemon Lime Mango Melon Orange Papaya Peach Pear Plum Kiwi
Apricot Fig Guava Lychee Nectarine Pineapple Quince Raspberry Strawberry Blueberry Blackberry
Cranberry Gooseberry Tangerine Clementine Grapefruit Pomegranate Coconut Date Damson Elderberry
Kumquat Mulberry Persimmon Rhubarb Satsuma""".split()
STATUS = ["shipped", "pending", "delivered", "cancelled", "returned", "on hold", "refunded"]
NOUNS = """table chair window carpet kettle toaster blender pillow blanket curtain lamp sofa
drawer shelf mirror clock vase bucket ladder hammer spanner drill saw chisel brush sponge towel
basket bottle jar plate bowl spoon fork knife cup mug tray jug pan pot""".split()


def pick(r, common, rare, rare_share):
    return r.choice(rare) if rare and r.random() < rare_share else r.choice(common)


def service_no(r):
    return "%d%07d" % (r.randint(2, 3), r.randint(0, 9999999))


def make_people(r, locale, order, rare_share, rows):
    first, first_rare, last, last_rare, towns, towns_rare = {
        "uk": (UK_FIRST, UK_FIRST_RARE, UK_LAST, UK_LAST_RARE, UK_TOWNS, UK_TOWNS_RARE),
        "fr": (FR_FIRST, [], FR_LAST, FR_LAST_RARE, FR_TOWNS, []),
        "de": (DE_FIRST, [], DE_LAST, [], DE_TOWNS, []),
    }[locale]
    gens = {
        "id": (lambda: service_no(r), "number"),
        "rank": (lambda: r.choice(RANKS), None),  # not PII: unknown or free_text
        "first": (lambda: pick(r, first, first_rare, rare_share / 2), "first_name"),
        "last": (lambda: pick(r, last, last_rare, rare_share), "last_name"),
        "city": (lambda: pick(r, towns, towns_rare, rare_share / 2), "city"),
    }
    cols = [gens[k] for k in order]
    data = [[g() for g, _ in cols] for _ in range(rows)]
    return data, [t for _, t in cols]


def make_control(r, kind, rows):
    if kind == "fruit":
        return [[service_no(r), r.choice(FRUIT), r.choice(NOUNS)] for _ in range(rows)], \
            ["number", None, None]
    return [[service_no(r), r.choice(STATUS), r.choice(FRUIT)] for _ in range(rows)], \
        ["number", None, None]


def write(path, data, delim):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in data:
            f.write(delim.join(row) + "\n")


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    ls = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    r = random.Random(seed)
    cases = []  # (family, name, data, truth, delim)
    orders = [["id", "rank", "last", "first", "city"], ["last", "id", "city", "rank", "first"],
              ["first", "city", "rank", "last", "id"]]
    for oi, order in enumerate(orders):
        for delim, dn in (("\t", "tsv"), (",", "csv")):
            for rare in (0.0, 0.3, 0.55):
                data, truth = make_people(r, "uk", order, rare, 400)
                cases.append(("uk people, no header", "uk-o%d-%s-rare%d.%s" % (oi, dn, int(rare * 100), dn),
                              data, truth, delim))
    for oi, order in enumerate(orders[:2]):
        for rare in (0.0, 0.3):
            data, truth = make_people(r, "fr", order, rare, 400)
            cases.append(("fr people, no header", "fr-o%d-rare%d.csv" % (oi, int(rare * 100)), data, truth, ";"))
    for oi, order in enumerate(orders):
        data, truth = make_people(r, "de", order, 0.0, 400)
        cases.append(("de people, no header", "de-o%d.csv" % oi, data, truth, ";"))
    for kind in ("fruit", "status"):
        for delim, dn in (("\t", "tsv"), (",", "csv")):
            data, truth = make_control(r, kind, 400)
            cases.append(("controls (not names)", "control-%s.%s" % (kind, dn), data, truth, delim))

    fails = 0
    tried, right = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for family, name, data, truth, delim in cases:
            path = os.path.join(tmp, name)
            write(path, data, delim)
            out = subprocess.run([ls, "analyze", "--json", "-q", "--no-timing", path],
                                 capture_output=True, text=True)
            tried[family] = tried.get(family, 0) + 1
            try:
                rep = json.loads(out.stdout)
                cols = rep["inputs"][0]["columns"]
            except (ValueError, KeyError, IndexError):
                print("FAIL %s: no report (exit %d): %s" % (name, out.returncode, out.stderr.strip()))
                fails += 1
                continue
            ok = len(cols) == len(truth) and not rep["inputs"][0].get("layout", {}).get("header", False)
            why = []
            for c, want in zip(cols, truth):
                got = c["type"]
                good = (got == want) if want else (not c["pii"] and got not in
                                                   ("first_name", "last_name", "city"))
                if not good:
                    ok = False
                    why.append("col %d: %s (want %s; evidence %s %s)" % (
                        c["index"], got, want or "not PII", c.get("evidence"),
                        c.get("listed_share")))
                elif want in ("first_name", "last_name", "city"):
                    if c.get("evidence") not in ("first_name_list", "surname_list", "place_list",
                                                 "neighbours"):
                        ok = False
                        why.append("col %d: evidence %s" % (c["index"], c.get("evidence")))
            if ok:
                right[family] = right.get(family, 0) + 1
            else:
                fails += 1
                print("FAIL %s: %s" % (name, "; ".join(why) or "layout or column count"))
            if os.environ.get("VERBOSE"):
                print(name, [(c["type"], c.get("evidence"), c.get("listed_share")) for c in cols])
    print("| header-less shape | files typed right / files tried |")
    print("| --- | --- |")
    for fam in tried:
        print("| %s | %d / %d |" % (fam, right.get(fam, 0), tried[fam]))
    print("| all | %d / %d |" % (sum(right.values()), sum(tried.values())))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
