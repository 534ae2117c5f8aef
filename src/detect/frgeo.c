/* frgeo: see frgeo.h. The commune table is written with natural spellings and folded and
 * sorted once, on first use, so an entry cannot be mis-folded by hand. */
#include "detect/frgeo.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The 101 prefectures, then the other large communes (population order, roughly), each
 * with its département. Two entries with the same name mean the name is ambiguous. */
static const struct {
    const char *name, *dept;
} communes[] = {
    /* prefectures */
    {"Bourg-en-Bresse", "01"},
    {"Laon", "02"},
    {"Moulins", "03"},
    {"Digne-les-Bains", "04"},
    {"Gap", "05"},
    {"Nice", "06"},
    {"Privas", "07"},
    {"Charleville-Mézières", "08"},
    {"Foix", "09"},
    {"Troyes", "10"},
    {"Carcassonne", "11"},
    {"Rodez", "12"},
    {"Marseille", "13"},
    {"Caen", "14"},
    {"Aurillac", "15"},
    {"Angoulême", "16"},
    {"La Rochelle", "17"},
    {"Bourges", "18"},
    {"Tulle", "19"},
    {"Ajaccio", "2A"},
    {"Bastia", "2B"},
    {"Dijon", "21"},
    {"Saint-Brieuc", "22"},
    {"Guéret", "23"},
    {"Périgueux", "24"},
    {"Besançon", "25"},
    {"Valence", "26"},
    {"Évreux", "27"},
    {"Chartres", "28"},
    {"Quimper", "29"},
    {"Nîmes", "30"},
    {"Toulouse", "31"},
    {"Auch", "32"},
    {"Bordeaux", "33"},
    {"Montpellier", "34"},
    {"Rennes", "35"},
    {"Châteauroux", "36"},
    {"Tours", "37"},
    {"Grenoble", "38"},
    {"Lons-le-Saunier", "39"},
    {"Mont-de-Marsan", "40"},
    {"Blois", "41"},
    {"Saint-Étienne", "42"},
    {"Le Puy-en-Velay", "43"},
    {"Nantes", "44"},
    {"Orléans", "45"},
    {"Cahors", "46"},
    {"Agen", "47"},
    {"Mende", "48"},
    {"Angers", "49"},
    {"Saint-Lô", "50"},
    {"Châlons-en-Champagne", "51"},
    {"Chaumont", "52"},
    {"Laval", "53"},
    {"Nancy", "54"},
    {"Bar-le-Duc", "55"},
    {"Vannes", "56"},
    {"Metz", "57"},
    {"Nevers", "58"},
    {"Lille", "59"},
    {"Beauvais", "60"},
    {"Alençon", "61"},
    {"Arras", "62"},
    {"Clermont-Ferrand", "63"},
    {"Pau", "64"},
    {"Tarbes", "65"},
    {"Perpignan", "66"},
    {"Strasbourg", "67"},
    {"Colmar", "68"},
    {"Lyon", "69"},
    {"Vesoul", "70"},
    {"Mâcon", "71"},
    {"Le Mans", "72"},
    {"Chambéry", "73"},
    {"Annecy", "74"},
    {"Paris", "75"},
    {"Rouen", "76"},
    {"Melun", "77"},
    {"Versailles", "78"},
    {"Niort", "79"},
    {"Amiens", "80"},
    {"Albi", "81"},
    {"Montauban", "82"},
    {"Toulon", "83"},
    {"Avignon", "84"},
    {"La Roche-sur-Yon", "85"},
    {"Poitiers", "86"},
    {"Limoges", "87"},
    {"Épinal", "88"},
    {"Auxerre", "89"},
    {"Belfort", "90"},
    {"Évry-Courcouronnes", "91"},
    {"Évry", "91"},
    {"Nanterre", "92"},
    {"Bobigny", "93"},
    {"Créteil", "94"},
    {"Cergy", "95"},
    {"Pontoise", "95"},
    {"Basse-Terre", "971"},
    {"Fort-de-France", "972"},
    {"Cayenne", "973"},
    {"Saint-Denis", "974"},
    {"Mamoudzou", "976"},
    /* other large communes */
    {"Villeurbanne", "69"},
    {"Le Havre", "76"},
    {"Reims", "51"},
    {"Aix-en-Provence", "13"},
    {"Brest", "29"},
    {"Boulogne-Billancourt", "92"},
    {"Saint-Denis", "93"},
    {"Argenteuil", "95"},
    {"Mulhouse", "68"},
    {"Montreuil", "93"},
    {"Tourcoing", "59"},
    {"Roubaix", "59"},
    {"Vitry-sur-Seine", "94"},
    {"Dunkerque", "59"},
    {"Asnières-sur-Seine", "92"},
    {"Courbevoie", "92"},
    {"Colombes", "92"},
    {"Aulnay-sous-Bois", "93"},
    {"Rueil-Malmaison", "92"},
    {"Aubervilliers", "93"},
    {"Champigny-sur-Marne", "94"},
    {"Antibes", "06"},
    {"Béziers", "34"},
    {"Saint-Maur-des-Fossés", "94"},
    {"Cannes", "06"},
    {"Calais", "62"},
    {"Drancy", "93"},
    {"Mérignac", "33"},
    {"Saint-Nazaire", "44"},
    {"Issy-les-Moulineaux", "92"},
    {"Noisy-le-Grand", "93"},
    {"Vénissieux", "69"},
    {"Levallois-Perret", "92"},
    {"Pessac", "33"},
    {"Cholet", "49"},
    {"Antony", "92"},
    {"La Seyne-sur-Mer", "83"},
    {"Lorient", "56"},
    {"Sarcelles", "95"},
    {"Le Blanc-Mesnil", "93"},
    {"Saint-Quentin", "02"},
    {"Villejuif", "94"},
    {"Hyères", "83"},
    {"Fréjus", "83"},
    {"Bayonne", "64"},
    {"Saint-Malo", "35"},
    {"Arles", "13"},
    {"Porto-Vecchio", "2A"},
    {"Calvi", "2B"},
    {"Sète", "34"},
    {"Pointe-à-Pitre", "971"},
    {"Les Abymes", "971"},
    {"Le Tampon", "974"},
    {"Saint-Paul", "974"},
    {"Neuilly-sur-Seine", "92"},
    {"Clichy", "92"},
    {"Ivry-sur-Seine", "94"},
    {"Maisons-Alfort", "94"},
    {"Bondy", "93"},
    {"Pantin", "93"},
    {"Épinay-sur-Seine", "93"},
    {"Chelles", "77"},
    {"Meaux", "77"},
    {"Sartrouville", "78"},
    {"Saint-Germain-en-Laye", "78"},
    {"Mantes-la-Jolie", "78"},
    {"Massy", "91"},
    {"Corbeil-Essonnes", "91"},
    {"Savigny-sur-Orge", "91"},
    {"Vincennes", "94"},
    {"Montrouge", "92"},
    {"Suresnes", "92"},
    {"Puteaux", "92"},
    {"Clamart", "92"},
    {"Meudon", "92"},
    {"Sevran", "93"},
    {"Livry-Gargan", "93"},
    {"Rosny-sous-Bois", "93"},
    {"Bagnolet", "93"},
    {"Noisy-le-Sec", "93"},
    {"Gennevilliers", "92"},
    {"Cagnes-sur-Mer", "06"},
    {"Grasse", "06"},
    {"Menton", "06"},
    {"Martigues", "13"},
    {"Aubagne", "13"},
    {"Salon-de-Provence", "13"},
    {"Istres", "13"},
    {"La Ciotat", "13"},
    {"Vitrolles", "13"},
    {"Narbonne", "11"},
    {"Carpentras", "84"},
    {"Orange", "84"},
    {"Cavaillon", "84"},
    {"Alès", "30"},
    {"Lunel", "34"},
    {"Agde", "34"},
    {"Montélimar", "26"},
    {"Romans-sur-Isère", "26"},
    {"Annemasse", "74"},
    {"Thonon-les-Bains", "74"},
    {"Aix-les-Bains", "73"},
    {"Vienne", "38"},
    {"Saint-Priest", "69"},
    {"Vaulx-en-Velin", "69"},
    {"Bron", "69"},
    {"Roanne", "42"},
    {"Villefranche-sur-Saône", "69"},
    {"Bourgoin-Jallieu", "38"},
    {"Échirolles", "38"},
    {"Vichy", "03"},
    {"Montluçon", "03"},
    {"Brive-la-Gaillarde", "19"},
    {"Bergerac", "24"},
    {"Libourne", "33"},
    {"Arcachon", "33"},
    {"Dax", "40"},
    {"Biarritz", "64"},
    {"Anglet", "64"},
    {"Lourdes", "65"},
    {"Castres", "81"},
    {"Blagnac", "31"},
    {"Colomiers", "31"},
    {"Tournefeuille", "31"},
    {"Muret", "31"},
    {"Millau", "12"},
    {"Figeac", "46"},
    {"Villeneuve-sur-Lot", "47"},
    {"Cognac", "16"},
    {"Rochefort", "17"},
    {"Saintes", "17"},
    {"Royan", "17"},
    {"Les Sables-d'Olonne", "85"},
    {"Saint-Herblain", "44"},
    {"Rezé", "44"},
    {"Saumur", "49"},
    {"Morlaix", "29"},
    {"Lannion", "22"},
    {"Fougères", "35"},
    {"Vitré", "35"},
    {"Cherbourg-en-Cotentin", "50"},
    {"Cherbourg", "50"},
    {"Granville", "50"},
    {"Lisieux", "14"},
    {"Bayeux", "14"},
    {"Dieppe", "76"},
    {"Fécamp", "76"},
    {"Elbeuf", "76"},
    {"Vernon", "27"},
    {"Louviers", "27"},
    {"Dreux", "28"},
    {"Montargis", "45"},
    {"Vierzon", "18"},
    {"Joué-lès-Tours", "37"},
    {"Amboise", "37"},
    {"Vendôme", "41"},
    {"Châtellerault", "86"},
    {"Compiègne", "60"},
    {"Creil", "60"},
    {"Soissons", "02"},
    {"Château-Thierry", "02"},
    {"Abbeville", "80"},
    {"Boulogne-sur-Mer", "62"},
    {"Lens", "62"},
    {"Liévin", "62"},
    {"Béthune", "62"},
    {"Saint-Omer", "62"},
    {"Douai", "59"},
    {"Valenciennes", "59"},
    {"Cambrai", "59"},
    {"Maubeuge", "59"},
    {"Villeneuve-d'Ascq", "59"},
    {"Wattrelos", "59"},
    {"Sedan", "08"},
    {"Épernay", "51"},
    {"Saint-Dizier", "52"},
    {"Verdun", "55"},
    {"Thionville", "57"},
    {"Forbach", "57"},
    {"Sarreguemines", "57"},
    {"Lunéville", "54"},
    {"Saint-Dié-des-Vosges", "88"},
    {"Haguenau", "67"},
    {"Sélestat", "67"},
    {"Saint-Louis", "68"},
    {"Montbéliard", "25"},
    {"Pontarlier", "25"},
    {"Dole", "39"},
    {"Chalon-sur-Saône", "71"},
    {"Le Creusot", "71"},
    {"Autun", "71"},
    {"Sens", "89"},
    {"Beaune", "21"},
    {"Oyonnax", "01"},
    {"Poissy", "78"},
    {"Rambouillet", "78"},
    {"Trappes", "78"},
    {"Plaisir", "78"},
    {"Les Mureaux", "78"},
    {"Conflans-Sainte-Honorine", "95"},
    {"Garges-lès-Gonesse", "95"},
    {"Goussainville", "95"},
    {"Franconville", "95"},
    {"Bezons", "95"},
    {"Nogent-sur-Marne", "94"},
    {"Fontenay-sous-Bois", "94"},
    {"Alfortville", "94"},
    {"Choisy-le-Roi", "94"},
    {"Le Kremlin-Bicêtre", "94"},
    {"Cachan", "94"},
    {"Palaiseau", "91"},
    {"Étampes", "91"},
    {"Athis-Mons", "91"},
    {"Torcy", "77"},
    {"Pontault-Combault", "77"},
    {"Fontainebleau", "77"},
    {"Champs-sur-Marne", "77"},
    {"Saint-Ouen-sur-Seine", "93"},
    {"Le Lamentin", "972"},
    {"Schœlcher", "972"},
    {"Le Robert", "972"},
    {"Kourou", "973"},
    {"Saint-Laurent-du-Maroni", "973"},
    {"Saint-Pierre", "974"},
    {"Le Port", "974"},
    {"Saint-André", "974"},
    {"Saint-Louis", "974"},
    {"Baie-Mahault", "971"},
    {"Le Gosier", "971"},
    {"Koungou", "976"},
};
#define NCOMMUNES (sizeof communes / sizeof communes[0])

typedef struct {
    char name[48];
    ls_dept dept;
} entry_t;

static entry_t table[NCOMMUNES];
static size_t ntable;
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

/* Latin-1 letters (U+00C0..U+00FF) without their accent, lower case; 0 for × and ÷. */
static const char latin1_base[64] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                                    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* Canonical département: Corsica's 2A/2B as "20". */
static void canon(const char *d, ls_dept out)
{
    memset(out, 0, sizeof(ls_dept)); /* every byte set: codes compare as 4 bytes */
    if (d[0] == '2' && (d[1] == 'A' || d[1] == 'B' || d[1] == 'a' || d[1] == 'b') && !d[2]) {
        out[0] = '2';
        out[1] = '0';
        return;
    }
    for (size_t i = 0; i < 3 && d[i]; i++)
        out[i] = d[i];
}

bool ls_frgeo_same_dept(const char *a, const char *b)
{
    ls_dept x, y;
    canon(a, x);
    canon(b, y);
    return strcmp(x, y) == 0;
}

/* Is the token t[0..n) a number or an ordinal ("15", "15e", "1er", "3eme")? */
static bool numeric_token(const char *t, size_t n)
{
    size_t i = 0;
    while (i < n && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == 0) return false;
    size_t r = n - i;
    return r == 0 || (r == 1 && t[i] == 'e') || (r == 2 && memcmp(t + i, "er", 2) == 0) ||
           (r == 3 && memcmp(t + i, "eme", 3) == 0);
}

/* Letters are folded into `raw` first, then rewritten token by token (see frgeo.h). */
size_t ls_frgeo_fold(const char *s, size_t n, char *out, size_t cap)
{
    char raw[128];
    size_t k = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n && k + 2 < sizeof raw; i++) {
        unsigned c = u[i];
        char o = ' ';
        if (c >= 'A' && c <= 'Z')
            o = (char)(c + 32);
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            o = (char)c;
        else if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0xBF) {
            o = latin1_base[u[++i] - 0x80];
            if (!o) o = ' ';
            if (u[i] == 0x86 || u[i] == 0xA6) { /* Æ æ */
                raw[k++] = 'a';
                o = 'e';
            }
        } else if (c == 0xC5 && i + 1 < n && (u[i + 1] == 0x92 || u[i + 1] == 0x93)) {
            i++; /* Œ œ */
            raw[k++] = 'o';
            o = 'e';
        } else if (c >= 0x80) {
            /* another multi-byte character (’ « »...): a separator */
            while (i + 1 < n && (u[i + 1] & 0xC0) == 0x80)
                i++;
        }
        if (o == ' ' && (k == 0 || raw[k - 1] == ' ')) continue;
        raw[k++] = o;
    }
    while (k && raw[k - 1] == ' ')
        k--;
    /* tokens: st/ste expanded, cedex and what follows dropped, trailing numbers dropped */
    size_t o = 0, keep = 0;
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && raw[j] != ' ')
            j++;
        const char *t = raw + i;
        size_t tn = j - i;
        if (tn == 5 && memcmp(t, "cedex", 5) == 0) break;
        if (tn == 2 && memcmp(t, "st", 2) == 0) t = "saint", tn = 5;
        if (tn == 3 && memcmp(t, "ste", 3) == 0) t = "sainte", tn = 6;
        if (o && o + 1 < cap) out[o++] = ' ';
        for (size_t q = 0; q < tn && o + 1 < cap; q++)
            out[o++] = t[q];
        if (!numeric_token(t, tn)) keep = o;
        i = j + 1;
    }
    o = keep; /* trailing numeric tokens ("Paris 15e", "Lyon 3", "Nice 06000") dropped */
    if (o < cap) out[o] = '\0';
    return o;
}

static int entry_cmp(const void *a, const void *b)
{
    const entry_t *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : strcmp(x->dept, y->dept);
}

static void table_init(void)
{
    for (size_t i = 0; i < NCOMMUNES; i++) {
        entry_t *e = &table[ntable];
        if (!ls_frgeo_fold(communes[i].name, strlen(communes[i].name), e->name, sizeof e->name))
            continue;
        canon(communes[i].dept, e->dept);
        ntable++;
    }
    qsort(table, ntable, sizeof *table, entry_cmp);
}

int ls_frgeo_city_depts(const char *s, size_t n, ls_dept out[2])
{
    pthread_once(&table_once, table_init);
    char key[48];
    if (!ls_frgeo_fold(s, n, key, sizeof key)) return 0;
    size_t lo = 0, hi = ntable;
    while (lo < hi) { /* first entry >= key */
        size_t mid = (lo + hi) / 2;
        if (strcmp(table[mid].name, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int found = 0;
    for (size_t i = lo; i < ntable && found < 2 && strcmp(table[i].name, key) == 0; i++)
        memcpy(out[found++], table[i].dept, sizeof(ls_dept));
    return found;
}

bool ls_frgeo_postal_dept(const char *s, size_t n, ls_dept out)
{
    if (n != 5) return false;
    for (size_t i = 0; i < 5; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    size_t k = (s[0] == '9' && (s[1] == '7' || s[1] == '8')) ? 3 : 2;
    memset(out, 0, sizeof(ls_dept));
    memcpy(out, s, k);
    return true;
}

bool ls_frgeo_nir_dept(const char *nir, ls_dept out)
{
    char d[4] = {nir[5], nir[6], 0, 0};
    if (d[0] == '9' && d[1] == '9') return false;
    if (d[0] == '9' && (d[1] == '7' || d[1] == '8')) d[2] = nir[7];
    bool digits = d[0] >= '0' && d[0] <= '9' &&
                  ((d[1] >= '0' && d[1] <= '9') || (d[0] == '2' && (d[1] == 'A' || d[1] == 'B')));
    if (!digits) return false;
    canon(d, out);
    return true;
}
