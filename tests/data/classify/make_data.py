#!/usr/bin/env python3
"""Regenerate the classifier test files of tests/data/classify/ (standard library only).

Run from the repository root after building leakscope-gen:
    python3 tests/data/classify/make_data.py build/samples/gen/leakscope-gen
Outputs are deterministic (fixed seeds). Every value is synthetic.
"""
import csv
import hashlib
import io
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = sys.argv[1] if len(sys.argv) > 1 else "build/samples/gen/leakscope-gen"


def gen(name, *args):
    """leakscope-gen output plus its truth sidecar."""
    out = os.path.join(HERE, name)
    truth = os.path.splitext(out)[0] + ".truth.json"
    subprocess.run([GEN, *args, "--verify", "-o", out, "--truth", truth], check=True)
    os.chmod(out, 0o644)
    os.chmod(truth, 0o644)


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix):
    for k in range(10):
        if luhn_ok(prefix + str(k)):
            return prefix + str(k)


def write(name, header, rows, delim=";"):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delim, lineterminator="\n")
        if header:
            w.writerow(header)
        w.writerows(rows)


def people(args):
    """People from leakscope-gen (header row dropped), as lists of fields."""
    out = subprocess.run([GEN, *args, "-o", "-"], check=True, capture_output=True).stdout
    rows = list(csv.reader(io.StringIO(out.decode("utf-8")), delimiter=";"))
    return rows[1:]


CRYPT = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def bcrypt_like(r):
    return "$2b$10$" + "".join(r.choice(CRYPT) for _ in range(53))


def main():
    # Generator files: French and English, with and without a header.
    gen("fr_people.csv", "--records", "300", "--seed", "23", "--invalid-rate", "0.01")
    gen("fr_people_nohdr.csv", "--records", "300", "--seed", "24", "--no-header",
        "--multiline-rate", "0")
    gen("en_people.csv", "--locale", "uk", "--records", "300", "--seed", "21")
    gen("en_people_nohdr.tsv", "--locale", "uk", "--format", "tsv", "--no-header",
        "--records", "300", "--seed", "22")

    r = random.Random(7)
    # French header variants: accents, N°, spaced NIR, masked cards, credentials, health.
    src = people(["--records", "250", "--seed", "31", "--multiline-rate", "0",
                  "--quote-rate", "0", "--invalid-rate", "0"])
    header = ["N° client", "Civilité", "NOM", "Prénom", "Date de naissance",
              "Lieu de naissance", "N° Sécurité Sociale", "E-mail", "Téléphone portable",
              "Adresse postale", "CP", "Ville", "Pays", "RIB", "BIC", "N° carte",
              "Mot de passe", "Hash MDP", "Pseudo", "Adresse IP", "Site web",
              "SIRET employeur", "Pathologie", "Allergies", "Mutuelle",
              "Date d'inscription", "Montant", "Nom de l'entreprise", "Commentaire"]
    bics = ["BNPAFRPPXXX", "AGRIFRPP", "SOGEFRPP", "CEPAFRPP", "CCBPFRPPXXX", "PSSTFRPPPAR",
            "CMCIFR2A", "CRLYFRPP"]
    sick = ["asthme", "diabète de type 2", "hypertension", "", "", "dépression",
            "sclérose en plaques", "", "épilepsie", "maladie de Crohn"]
    allerg = ["pénicilline", "arachides", "", "", "pollen", "lactose", "aucune"]
    mutuelles = ["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R", "MAAF", "Alan"]
    companies = ["Boulangerie du Centre", "Transports Lefebvre", "SARL Dupuis", "Garage Moderne",
                 "Cabinet Girard", "Mairie de Quimper", "Hôpital Nord", "La Poste",
                 "Auchan", "Leroy Merlin", "SNCF", "Orange"]
    comments = ["client fidèle", "a déménagé", "", "", "relancer en janvier", "",
                "ne pas démarcher", "litige en cours"]
    rows = []
    for i, p in enumerate(src):
        (_id, civ, nom, prenom, dn, lieu, nir, email, tel, adr, cp, ville, iban, carte,
         _com) = p
        d, m, y = dn.split("/")
        n = nir.replace(" ", "")
        nir_sp = "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13],
                                           n[13:15]) if len(n) == 15 else nir
        if carte and r.random() < 0.3:
            c = carte.replace(" ", "")
            carte = c[:6] + "******" + c[-4:]
        tel = "+33 " + tel.replace(" ", "").replace(".", "")[1:] if tel else ""
        siret = luhn_complete(luhn_complete("".join(r.choice("0123456789")
                                                    for _ in range(8))) +
                              "".join(r.choice("0123456789") for _ in range(4)))
        while not (luhn_ok(siret) and luhn_ok(siret[:9])):
            siret = luhn_complete(luhn_complete("".join(r.choice("0123456789")
                                                        for _ in range(8))) +
                                  "".join(r.choice("0123456789") for _ in range(4)))
        pwd = r.choice(["soleil", "azerty123", "Marseille13", "motdepasse!", "Ch@t0n",
                        "loulou2010", "P@ssw0rd", "bonjour"]) + str(r.randint(0, 99))
        pseudo = (prenom[:1] + nom).lower().replace(" ", "").replace("'", "") + str(i % 97)
        ip = "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255),
                              r.randint(1, 254))
        site = r.choice(["", "", "https://www.%s.fr" % nom.lower().replace(" ", "-")])
        insc = "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2016, 2024))
        rows.append([str(100000 + i * 7), {"M.": "Monsieur", "Mme": "Madame"}.get(civ, civ),
                     nom.upper(), prenom, "%s-%s-%s" % (y, m, d), lieu, nir_sp, email, tel,
                     adr, cp, ville, "France", iban, r.choice(bics) if iban else "", carte,
                     pwd, bcrypt_like(r), pseudo, ip, site, siret, r.choice(sick),
                     r.choice(allerg), r.choice(mutuelles), insc,
                     "%d,%02d" % (r.randint(5, 900), r.randint(0, 99)),
                     r.choice(companies), r.choice(comments)])
    write("fr_variants.csv", header, rows)

    # English header variants.
    out = subprocess.run([GEN, "--locale", "uk", "--format", "tsv", "--no-header", "--records",
                          "250", "--seed", "32", "--invalid-rate", "0", "-o", "-"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    src = [l.split("\t") for l in out.splitlines() if l]
    header = ["Customer ID", "Title", "Forename", "Surname", "Date of Birth", "Email Address",
              "Mobile Number", "Address Line 1", "Town", "Post Code", "Country", "NI Number",
              "NHS No", "SSN", "Passport Number", "Card Number", "Card Expiry", "Username",
              "Password", "Password Hash", "Last Login IP", "Last Login", "Website",
              "Medical Condition", "Disability", "Blood Type", "Company", "Job Title", "Notes"]
    jobs = ["Engineer", "Teacher", "Nurse", "Accountant", "Driver", "Manager", "Chef",
            "Developer", "Cleaner", "Consultant"]
    conds = ["asthma", "type 2 diabetes", "", "", "hypertension", "", "epilepsy", "migraine"]
    comps = ["Acme Ltd", "Tesco", "NHS Trust", "Barclays", "Smith & Sons", "BT Group", ""]
    rows = []
    for i, p in enumerate(src):
        (_id, title, first, last, dob, email, phone, addr, pc, city, nino, nhs, _iban, card,
         notes) = p[:15]
        y, m, d = dob.split("-")
        ssn = "%03d-%02d-%04d" % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999))
        passport = "%09d" % r.randint(100000000, 999999999)
        exp = "%02d/%02d" % (r.randint(1, 12), r.randint(25, 30)) if card else ""
        user = (first[0] + last).lower().replace("'", "").replace(" ", "") + str(r.randint(1, 99))
        pw = r.choice(["letmein", "qwerty", "Summer2023!", "football1", "iloveyou",
                       "Password1", "monkey", "dragon"]) + str(r.randint(0, 9))
        h = hashlib.sha1(pw.encode()).hexdigest()
        ip = "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255),
                              r.randint(1, 254))
        last_login = "%d-%02d-%02d %02d:%02d:%02d" % (r.randint(2020, 2024), r.randint(1, 12),
                                                     r.randint(1, 28), r.randint(0, 23),
                                                     r.randint(0, 59), r.randint(0, 59))
        site = r.choice(["", "", "", "http://www.%s.co.uk" % last.lower().replace("'", "")])
        rows.append([str(5000 + i), title, first, last, "%s/%s/%s" % (d, m, y), email, phone,
                     addr, city, pc, "United Kingdom", nino, nhs, ssn, passport, card, exp,
                     user, pw, h, ip, last_login, site, r.choice(conds),
                     r.choice(["", "", "", "", "wheelchair user", "visual impairment"]),
                     r.choice(["A+", "O+", "B-", "AB+", "O-"]), r.choice(comps),
                     r.choice(jobs), notes])
    write("en_variants.csv", header, rows, delim=",")

    # Non-PII columns only.
    header = ["rank", "vetting_level", "photo", "product_code", "order_number", "payment_ref",
              "amount", "currency", "status", "active", "order_date", "created_at", "quantity",
              "code_article", "tracking", "weight_kg", "colour", "size", "score", "category",
              "version", "batch", "ean"]
    rows = []
    for i in range(300):
        while True:  # card-shaped (Visa / Mastercard ranges) but failing Luhn
            on = r.choice("45") + "".join(r.choice("0123456789") for _ in range(15))
            if not luhn_ok(on):
                break
        ean = luhn_complete("2" + "".join(r.choice("0123456789") for _ in range(11)))
        # EAN-13 check digit: weights 1,3 from the left
        body = ean[:12]
        s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
        ean = body + str((10 - s % 10) % 10)
        rows.append([
            str(i + 1),
            r.choice(["SC", "DV", "NPPV2", "NPPV3", "BPSS", "CTC"]),
            "/img/photo_%d.jpg" % r.randint(1, 9999),
            "SKU-%04d-%s" % (r.randint(1000, 9999), r.choice("ABCDEFGH")),
            on,
            "".join(r.choice("0123456789") for _ in range(16)),
            "%d.%02d" % (r.randint(1, 5000), r.randint(0, 99)),
            r.choice(["EUR", "GBP", "USD"]),
            r.choice(["active", "pending", "shipped", "cancelled", "refunded", "delivered"]),
            r.choice(["true", "false"]),
            "%d-%02d-%02d" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28)),
            "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2019, 2024), r.randint(1, 12),
                                              r.randint(1, 28), r.randint(0, 23),
                                              r.randint(0, 59), r.randint(0, 59)),
            str(r.randint(1, 20)),
            "%05d" % r.randint(0, 99999),
            "".join(r.choice("0123456789") for _ in range(10)),
            "%.3f" % (r.random() * 30),
            r.choice(["black", "white", "red", "blue", "green", "grey", "navy", "beige"]),
            r.choice(["S", "M", "L", "XL", "XXL"]),
            "%.1f" % (r.random() * 10),
            r.choice(["Books", "Electronics", "Garden", "Toys", "Kitchen", "Sports"]),
            "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 50)),
            "".join(r.choice("0123456789") for _ in range(9)),
            ean,
        ])
    write("non_pii.csv", header, rows, delim=",")
    write("non_pii_nohdr.csv", None, rows, delim=",")

    # Orders: identity columns beside a date that is not a date of birth.
    src = people(["--records", "200", "--seed", "33", "--multiline-rate", "0",
                  "--quote-rate", "0"])
    header = ["order_id", "customer_email", "customer_first_name", "order_date", "amount",
              "status", "card_last4", "delivered_at"]
    rows = []
    for i, p in enumerate(src):
        rows.append([str(900000 + i), p[7], p[3],
                     "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2024)),
                     "%d,%02d" % (r.randint(5, 500), r.randint(0, 99)),
                     r.choice(["payée", "expédiée", "livrée", "annulée"]),
                     "%04d" % r.randint(0, 9999),
                     "%d-%02d-%02d %02d:%02d" % (r.randint(2015, 2024), r.randint(1, 12),
                                                 r.randint(1, 28), r.randint(8, 20),
                                                 r.randint(0, 59))])
    write("orders.csv", header, rows)
    write("orders_nohdr.csv", None, rows)

    # Header-less credential leak: id, login, e-mail, MD5, IP, sign-up time, birth date.
    rows = []
    for i, p in enumerate(src):
        login = (p[3][:1] + p[2]).lower().replace(" ", "").replace("'", "") + str(i)
        pw = r.choice(["123456", "azerty", "soleil", "chouchou", "doudou"]) + str(i)
        d, m, y = p[4].split("/")
        rows.append([str(i + 1), login, p[7], hashlib.md5(pw.encode()).hexdigest(),
                     "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255),
                                      r.randint(1, 254)),
                     "%d-%02d-%02d %02d:%02d:%02d" % (r.randint(2010, 2020), r.randint(1, 12),
                                                      r.randint(1, 28), r.randint(0, 23),
                                                      r.randint(0, 59), r.randint(0, 59)),
                     "%s-%s-%s" % (y, m, d)])
    write("leak_nohdr.csv", None, rows, delim="|")

    # Combo list of logins and hashes.
    with open(os.path.join(HERE, "combo_hash.txt"), "w", encoding="utf-8") as f:
        for i, p in enumerate(src):
            login = (p[3] + "_" + p[2]).lower().replace(" ", "").replace("'", "") + str(i)
            pw = r.choice(["123456", "azerty", "soleil", "chouchou", "doudou"]) + str(i)
            f.write("%s:%s\n" % (login, hashlib.sha1(pw.encode()).hexdigest()))


if __name__ == "__main__":
    main()
