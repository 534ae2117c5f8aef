--
-- PostgreSQL database dump
--

-- Dumped from database version 15.4 (Debian 15.4-1.pgdg120+1)
-- Dumped by pg_dump version 15.4 (Debian 15.4-1.pgdg120+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: people; Type: TABLE; Schema: public; Owner: crm
--

CREATE TABLE public.people (
    id integer NOT NULL,
    civilite character varying(8) NOT NULL,
    nom character varying(100) NOT NULL,
    prenom character varying(100) NOT NULL,
    date_naissance character varying(16) NOT NULL,
    lieu_naissance character varying(100),
    nir character varying(32),
    email character varying(255),
    telephone character varying(32),
    adresse character varying(255) NOT NULL,
    code_postal character varying(16) NOT NULL,
    ville character varying(100) NOT NULL,
    iban character varying(64),
    carte_bancaire character varying(32),
    commentaire text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.people OWNER TO crm;

--
-- Name: people_id_seq; Type: SEQUENCE; Schema: public; Owner: crm
--

CREATE SEQUENCE public.people_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.people_id_seq OWNER TO crm;

--
-- Name: people_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: crm
--

ALTER SEQUENCE public.people_id_seq OWNED BY public.people.id;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: crm
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    people_id integer NOT NULL,
    email character varying(255),
    ip_address character varying(45) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    amount numeric(10,2) NOT NULL
);


ALTER TABLE public.orders OWNER TO crm;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: crm
--

CREATE SEQUENCE public.orders_id_seq
    AS bigint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.orders_id_seq OWNER TO crm;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: crm
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

--
-- Name: people id; Type: DEFAULT; Schema: public; Owner: crm
--

ALTER TABLE ONLY public.people ALTER COLUMN id SET DEFAULT nextval('public.people_id_seq'::regclass);


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: crm
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: crm
--

COPY public.people (id, civilite, nom, prenom, date_naissance, lieu_naissance, nir, email, telephone, adresse, code_postal, ville, iban, carte_bancaire, commentaire) FROM stdin;
1	Mme	Texier	Agathe	31/10/2004	Mende	204104820883331	agathe_texier1@free.fr	04.31.93.72.12	44 bis rue du Stade	22000	Saint-Brieuc	\N	371449237882360	tél. : voir fiche
2	Mme	Dupont	Pauline	16/01/1950	Niort	250017928261235	dupont.pauline2@gmail.com	05 47 15 31 49	55 allée Marie Curie	93100	Montreuil	\N	\N	
3	M.	Blanc	Maxime	02/11/1959	Chaumont	159115237730824	maximeblanc_3@outlook.fr	0649113018	134 cours du Général de Gaulle	66000	Perpignan	\N	\N	
4	Mme	Gillet	Isabelle	20/03/1938	Cergy	2 38 03 95 217 274 86	isabelle.gillet4@outlook.fr	0785059442	3 square Léon Blum	34200	Sète	\N	\N	
5	Mlle	Ollivier	Leïla	20/09/1975	Privas	275090719286333	lollivier5@orange.fr	0033777410389	27 square Saint-Michel	93200	Saint-Denis	\N	\N	
6	M.	Denis	Jérémy	13/07/1999	Amiens	199078041878202	jeremy.denis.6@hotmail.fr	0105175427	28 route de la Liberté	37000	Tours	\N	\N	relancer en janvier
7	M.	Ferré	Yannick	05/04/1979	Nice	179040616031779	yannick_ferre.7@neuf.fr	06 15 25 85 52	36 rue du 11 Novembre	97300	Cayenne	FR7630002673927256368962160	\N	
8	Mme	Rey	Ambre	02/05/1990	Foix	290050920470050	ambre.rey8@hotmail.fr	+33 4 22 32 67 92	158 rue Émile Zola	10000	Troyes	FR76 1820 6584 6014 1096 4201 931	\N	
9	Mme	Perrin	Elodie	16/07/1948	Évry	\N	Perrin9@free.fr	0651436614	17 chemin Louis Pasteur	93300	Aubervilliers	\N	\N	dossier complet
10	Mlle	Guillaume	Juliette	26/04/1947	Bobigny	247049357858223	juliette.guillaume10@gmail.com	0733620127	Résidence Bellevue, 6 allée des Acacias	97400	Saint-Denis	FR7616958347877724250631489	\N	
11	Mme	Renard	Virginie	12/10/1928	Arras	228106218848374	virginie.renard.11@gmail.com	0605610982	83 rue du Moulin	80000	Amiens	\N	\N	client fidèle
12	Mme	Thomas	Héloïse	18/07/1992	Bourg-en-Bresse	292070102772652	heloise.thomas12@hotmail.com	07 70 99 06 26	19 place des Lilas	42000	Saint-Étienne	\N	\N	client ravi 😀 !
13	M.	Blanc	Adrien	11/09/1939	Grenoble	139093812973521	adrien.blanc13@gmail.com	0608420399	70 square Alsace-Lorraine	59100	Roubaix	\N	\N	
14	Mme	Marchand	Simone	09/07/1978	Marseille	278071328431995	marchand.simone14@neuf.fr	06 87 51 72 92	118 chemin Jules Ferry	34000	Montpellier	\N	\N	réponse : "oui" (sic)
15	M.	Richard	Christophe	21/06/1991	\N	191064325976850	richard.christophe15@aol.com	06.85.71.16.44	97 route du 11 Novembre	20137	Porto-Vecchio	\N	\N	
16	Mlle	Lemaire	Valérie	21/07/1976	Ajaccio	276072A03046932	lemaire.valerie16@free.fr	\N	4 allée Jules Ferry	83400	Hyères	\N	\N	
6	M.	Denis	Jérémy	13/07/1999    	Amiens	199078041878202	jeremy.denis.6@hotmail.fr	0105175427	28 route de la Liberté	37000	Tours	\N	\N	relancer en janvier
17	M.	Klein	Lucas	05/02/1986	Créteil	186029432233516	lklein_17@gmail.com	06 12 52 77 74	32 cours Pierre Curie	56100	Lorient	\N	2301236912003110	
18	M.	Gaillard	Georges	05/02/1933	Bar-le-Duc	133025519920517	georges.gaillard18@gmail.com	0118542531	115 chemin Jean Moulin	59100	Roubaix	FR7610278939754307833921104	4929 4099 9102 4269	copie sur \\\\srv-fichiers\\clients\\2022\\
19	Mme	Henry	Marie-Thérèse	30/09/1942	Clermont-Ferrand	2 42 09 63 141 418 76	marie-therese.henry_19@laposte.net	0505241189	105 boulevard du 8 Mai 1945	92000	Nanterre	\N	4658 5879 7711 1247	adresse à vérifier
20	M.	N'Diaye	Bernard	22/01/1989	Charleville-Mézières	189010808707576	bernard.ndiaye20@outlook.fr	07 58 18 99 65	6 square de la Fontaine	10000	Troyes	FR7610107543902378678381937	\N	
21	M.	Charles	Théo	10/10/1975	Chartres	175102855065855	theo.charles21@gmail.com	06 22 76 56 62	60 rue du Général de Gaulle, Apt 59	95200	Sarcelles	\N	\N	
22	M.	Maillard	Jean-Marc	04/11/1971	Bobigny	171119357477404	jean-marcmaillard22@gmail.com	06 94 42 24 49	110 chemin Marie Curie	13100	Aix-en-Provence	FR7630003424461166841529801	\N	
23	M.	Marchal	Serge	29/08/1951	\N	151089037206130	marchal.serge23@yahoo.fr	06 75 54 27 64	51 place Marcel Pagnol	97200	Fort-de-France	\N	\N	adresse à vérifier
24	Mme	Blanc	Jessica	29/05/1997	Perpignan	297056655044373	blanc.jessica24@live.fr	0033688536114	8 impasse du Château	35400	Saint-Malo	FR7630003447544267141380129	\N	souhaite être rappelé
25	M.	Perrin	Fabrice	15/10/1990	Tulle	1 90 10 19 128 207 64	fabrice_perrin25@hotmail.com	07 60 71 41 73	4 rue du 11 Novembre	92600	Asnières-sur-Seine	FR76 1695 8893 7851 3176 1684 911	4532839487414336	
26	M.	Rodriguez	Alexandre	21/10/1938	\N	138101242409448	rodriguez.alexandre26@live.fr	0699992297	48 cours Jules Ferry	83400	Hyères	FR76 1380 7436 2115 3008 9837 706	\N	
27	Mme	Garcia	Patricia	22/02/1986	Châlons-en-Champagne	286025152078374	patricia.garcia.27@hotmail.fr	+33 6 46 92 69 58	6 rue des Peupliers	59100	Roubaix	\N	\N	
28	Mme	Baron	Madeleine	15/11/1968	Toulouse	2 68 11 31 141 636 62	Baron_28@gmail.com	0934666588	40 résidence Pasteur	69200	Vénissieux	FR7630003398375864913716011	\N	
29	Mme	Humbert	Coralie	04/09/1940	Dijon	240092133360913	coraliehumbert29@yahoo.fr	07 80 32 76 79	104 rue de la République	08000	Charleville-Mézières	\N	\N	
30	M.	Klein	Emmanuel	29/04/1998	Montpellier	198043406640161	eklein.30@hotmail.fr	06 77 11 11 65	38 route Émile Zola	67000	Strasbourg	\N	\N	scan CNI : C:\\Users\\accueil\\Documents\\CNI_recto.pdf
31	Mme	Poirier	Jacqueline	11/11/1957	Chambéry	257117354555736	jacqueline_poirier31@outlook.fr	02.03.16.35.33	34 ter impasse des Peupliers	93100	Montreuil	FR7612548342888731369651215	\N	
32	M.	Thébault	Grégory	14/10/1994	Albi	194108111353067	gregory.thebault32@orange.fr	0033647950495	2 rue des Vignes	20137	Porto-Vecchio	FR7630002124946608698642706	\N	ancien client
33	M.	Lamy	Jean-Marc	10/06/1956	Rennes	156063524819373	jlamy33@icloud.com	\N	21 résidence Jean Jaurès	74000	Annecy	FR76 3000 4452 3419 6413 2327 516	\N	
34	Mme	Gaillard	Camille	26/05/1985	Colmar	285056853263186	camille.gaillard.34@gmail.com	0521192413	19 avenue Carnot	18000	Bourges	FR76 1380 7165 9282 6885 4004 188	371449555025436	ancien client
35	M.	Leclercq	Pascal	24/06/1943	Pointe-à-Pitre	143069711243660	leclercq.pascal35@yahoo.fr	0662767735	35 ter boulevard des Roses	92700	Colombes	\N	\N	
18	M.	Gaillard	Georges	05/02/1933	Bar-le-Duc	133025519920517	georges.gaillard18@gmail.com	0118542531	115 chemin Jean Moulin	59100	Roubaix	FR7610278939754307833921104	4929 4099 9102 4269	copie sur \\\\srv-fichiers\\clients\\2022\\
36	M.	Schmitt	Côme	06/04/1997	\N	197043013734386	comeschmitt36@icloud.com	+33678026374	57 square Anatole France	26000	Valence	\N	4974010513754898	
37	M.	Faure	Adrien	10/11/1942	\N	142119324448076	adrienfaure37@hotmail.fr	\N	6 rue Jean Moulin	92600	Asnières-sur-Seine	\N	\N	rappeler après 18h
38	Mme	Sauvage	Hélène	07/08/1973	Nantes	273084420518583	hsauvage_38@bbox.fr	0682327337	122 place de Strasbourg	34200	Sète	\N	\N	
39	M.	Payet	Grégory	23/07/2005	La Rochelle	105071708286510	gregory.payet39@free.fr	+33634279897	31 impasse du Moulin	24000	Périgueux	FR7630002994581011719084563	\N	
40	Mme	De Oliveira	Agnès	19/07/1985	Foix	285070934685088	adeoliveira40@free.fr	0033694973670	10 square Gambetta	97460	Saint-Paul	\N	\N	adresse à vérifier
41	M.	Léger	Julien	04/04/1972	Auch	172043242823903	leger.julien_41@hotmail.com	+33604847485	51 rue du Moulin	97200	Fort-de-France	FR7610107033407868076117279	\N	
42	Mme	Perez	Ginette	23/11/1932	Angoulême	232111600850151	Ginette.perez42@orange.fr	0424204989	73 quai de la Paix	45000	Orléans	\N	\N	
43	M.	Cousin	Vincent	27/02/1934	Guéret	1 34 02 23 154 549 92	vcousin43@sfr.fr	02 03 23 21 05	37 route des Peupliers	59140	Dunkerque	FR7611315618393460453026247	\N	
44	Mme	Cordier	Andrée	22/09/1981	Vesoul	281097057829623	andree.cordier44@gmail.com	0420187863	26 rue des Peupliers, Apt 15	31000	Toulouse	\N	\N	
45	Mme	Perrot	Lucienne	15/06/1968	Lyon	268066941859794	lucienne.perrot45@hotmail.fr	06 90 28 12 17	33 avenue de Verdun	66000	Perpignan	\N	\N	
46	Mme	Hubert	Françoise	06/02/1970	Limoges	270028757403779	hubert46@icloud.com	07 47 79 13 67	80 impasse de la Mairie	95100	Argenteuil	FR7630002320958413726495697	\N	adresse à vérifier
47	Mme	Leblanc	Mélanie	29/06/1937	Poitiers	237068602041683	\N	\N	6 rue des Tilleuls	78000	Versailles	\N	\N	scan CNI : C:\\Users\\accueil\\Documents\\CNI_recto.pdf
48	M.	Bérard	Théo	17/04/2001	Vesoul	101047019618759	tberard48@hotmail.com	06 03 70 56 74	82 rue Anatole France	33000	Bordeaux	\N	\N	motif : \\n non interprété
49	Mme	Meunier	Jeanne	27/10/1946	Perpignan	246106654591106	jeanne.meunier49@hotmail.fr	\N	21 cours Gambetta	06000	Nice	\N	\N	
50	M.	Morel	Théo	01/11/1951	Toulouse	151113141481842	theomorel50@free.fr	0770517706	40 rue Jean Moulin	79000	Niort	\N	4023608810975891	
51	Mme	François	Alice	29/08/1931	\N	231082944920061	alice.francois51@outlook.fr	0601005659	43 chemin Marie Curie	43000	Le Puy-en-Velay	\N	\N	résiliation demandée
52	Mme	Muller	Françoise	30/04/1968	Poitiers	268048631643215	Fmuller_52@free.fr	+33657967961	20 chemin de la République	97110	Pointe-à-Pitre	\N	\N	
53	Mme	Haddad	Elodie	16/03/1965	\N	265036649762906	Ehaddad53@neuf.fr	+33718858673	97 rue Albert Camus	79000	Niort	FR7620041600611330418115968	\N	
54	Mme	Mathieu	Simone	08/08/1942	Besançon	242082525275043	Simone.mathieu_54@hotmail.fr	+33 6 40 18 02 08	79 chemin des Acacias, Apt 37	87000	Limoges	\N	\N	saisie interrompue 
55	Mme	Clément	Sylvie	27/02/2005	\N	205020844358351	sylvie.clement55@free.fr	+33 5 90 35 93 49	167 chemin du Général de Gaulle	10000	Troyes	\N	\N	
36	M.	Schmitt	Côme	06/04/1997	\N	197043013734386	comeschmitt36@icloud.com	+33678026374	57 square Anatole France	26000	Valence	\N	4974010513754898	
56	Mme	Le Goff	Suzanne	31/12/2004	Charleville-Mézières	2 04 12 08 415 739 71	suzanne.legoff56@gmail.com	06 33 84 56 31	40 allée des Écoles	64000	Pau	\N	\N	
57	Mme	Millet	Romane	11/02/1977	\N	277025506500195	\N	0786337172	2 cours de la Fontaine	73000	Chambéry	\N	\N	
58	M.	Lacroix	Robert	30/06/1979	Vesoul	1 79 06 70 364 922 97	lacroix_58@gmail.com	+33 1 21 41 24 33	94 rue Saint-Michel	60000	Beauvais	\N	\N	
59	M.	Gilbert	Mohamed	30/07/1968	Alençon	168076127924251	mohamed.gilbert_59@icloud.com	0641167611	89 rue du 8 Mai 1945	97200	Fort-de-France	FR7630003917271313482051652	\N	
60	M.	Bonnet	Lucien	06/04/1982	Châlons-en-Champagne	182045140274946	lucien_bonnet60@gmail.com	06 76 55 33 91	28 allée Foch	63000	Clermont-Ferrand	\N	3714 498551 03958	
61	Mme	Aubry	Josette	19/12/1950	Auch	2 50 12 32 451 111 15	aubry61@hotmail.fr	+33 7 91 03 64 43	91 place de la Croix Rouge	22000	Saint-Brieuc	FR7610107316622557657372018	\N	contact par mail uniquement
57	Mme	Millet	Romane	11/02/1977	\N	277025506500195	\N	0786337172	2 cours de la Fontaine	73000	Chambéry	\N	\N	
62	Mlle	Bouvier	Annie	25/07/1946	Paris	2 46 07 75 128 408 21	bouvier.annie62@gmail.com	06 48 77 68 97	54 rue du Général de Gaulle	72000	Le Mans	FR76 1820 6428 3155 0975 8320 119	\N	
63	M.	Boyer	François	14/05/1997	Alençon	197056124080578	fboyer63@outlook.fr	0033675665978	41 square de la Gare	69004	Lyon	\N	4023606120913297	codeerreur 0x01
64	Mme	D'Almeida	Jacqueline	30/10/1933	\N	233108853323518	\N	03 07 57 72 96	67 allée de l'Église	06000	Nice	\N	\N	
65	M.	Meyer	Kévin	28/07/1987	Vannes	187075608787319	kevin_meyer.65@neuf.fr	02 86 63 99 67	5 route de Paris	34200	Sète	\N	\N	
66	Mme	Ménard	Caroline	06/10/1989	Mont-de-Marsan	289104030945625	cmenard66@gmail.com	06 53 26 72 72	70 rue de Paris	20000	Ajaccio	\N	4023601197990203	
67	Mme	Morin	Anaïs	08/11/1962	Auch	262113252155271	morin_67@aol.com	0770076219	6 avenue Carnot	25000	Besançon	\N	\N	dossier complet
68	M.	Hoarau	Jean-Marc	09/09/2005	Paris	105097537411272	jean-marc.hoarau68@hotmail.fr	+33402255477	67 avenue de la République	76600	Le Havre	FR76 1380 7470 0820 3928 8668 968	5355 2268 3832 3997	contact par mail uniquement
69	Mme	Perrier	Léonie	04/09/1998	Lyon	298096944484569	perrier.69@sfr.fr	06 05 78 57 61	156 square des Acacias	42000	Saint-Étienne	FR76 3006 6319 2219 5869 4502 343	\N	
70	Mme	Mercier	Annie	08/12/1989	Besançon	289122520345554	annie.mercier70@sfr.fr	+33637029563	Résidence les Jardins, 10 rue de la Paix	64000	Pau	\N	4023609980456878	
71	M.	Mercier	Emmanuel	29/12/1934	Chaumont	134125236183752	emmanuelmercier71@neuf.fr	06 82 11 44 79	49 chemin Albert Camus	59000	Lille	FR76 1254 8547 9037 3316 0967 206	4974012068961050	
72	M.	Le Bihan	Gaël	26/10/1942	Aurillac	1 42 10 15 481 588 89	gael.lebihan72@free.fr	0696723843	83 place de la Gare, Apt 49	69100	Villeurbanne	\N	\N	
73	Mme	Brunet	Fatima	01/07/1955	Auch	255073201646468	fatimabrunet_73@yahoo.fr	+33 4 86 36 90 43	10 bis rue de Bretagne	92130	Issy-les-Moulineaux	\N	\N	absent le lundi
74	M.	Guillot	Arnaud	13/08/1971	Dijon	171082150023701	arnaud.guillot74@free.fr	0733305877	30 bis route du Port	97600	Mamoudzou	\N	\N	
75	Mme	Robert	Colette	22/09/1966	Versailles	266097843082390	Crobert_75@outlook.fr	+33670919277	73 avenue Émile Zola	92300	Levallois-Perret	FR76 1380 7707 9440 5204 0485 463	\N	
76	Mme	Marie	Karine	04/01/1958	\N	258015909575623	kmarie76@icloud.com	06 53 00 76 39	34 allée Victor Hugo	33000	Bordeaux	FR7630002790457248995162518	\N	
77	Mme	Ollivier	Mélanie	15/05/1968	Chaumont	268055233288417	Melanie.ollivier77@hotmail.com	0033664652612	7 rue des Fleurs	87000	Limoges	FR76 3000 2462 8224 7379 6702 958	\N	adresse à vérifier
78	Mme	Girard	Josiane	23/06/1973	Châteauroux	273063651722186	josiane.girard78@hotmail.fr	06 34 79 14 63	27 impasse de l'Église	06600	Antibes	FR7630002359046648305787456	\N	
79	Mme	Lefèvre	Anna	01/10/1980	Toulouse	280103101149903	alefevre79@hotmail.com	+33768402426	150 boulevard Marcel Pagnol	13015	Marseille	\N	\N	
80	Mlle	Hamon	Maïwenn	11/01/1969	\N	269015003319415	maiwenn.hamon80@bbox.fr	07 50 68 17 30	105 bis place des Peupliers	49300	Cholet	FR7610107774403756057089037	\N	
81	Mme	Laporte	Amandine	20/05/1963	Montpellier	263053403133644	alaporte81@bbox.fr	\N	11 avenue du Château	33700	Mérignac	\N	\N	
82	Mlle	Jean	Ophélie	17/04/1984	Grenoble	284043856876605	ophelie.jean82@neuf.fr	0711158726	76 rue des Tilleuls	71000	Mâcon	\N	4974 0152 7207 3281	
72	M.	Le  Bihan	Gaël	26/10/1942    	Aurillac	1 42 10 15 481 588 89	gael.lebihan72@free.fr	0696723843	83 place de la Gare, Apt 49	69100	Villeurbanne	\N	\N	
38	Mme	Sauvage	Hélène	07/08/1973	Nantes	273084420518583	hsauvage_38@bbox.fr	0682327337	122 place de Strasbourg	34200	Sète	\N	\N	
83	Mme	Cousin	Romane	02/10/1969	Montauban	269108212348389	romane.cousin83@live.fr	06 24 46 96 27	95 chemin Sainte-Catherine, Apt 44	49300	Cholet	FR7611315534813432907602128	\N	
84	Mme	Bertrand	Martine	27/07/1933	\N	\N	bertrand.martine84@sfr.fr	0618121149	6 rue du 11 Novembre	91000	Évry-Courcouronnes	\N	\N	
85	Mlle	Gaillard	Anne	27/09/1939	Quimper	239092933281954	gaillard85@bbox.fr	07 80 42 81 83	15 avenue du 11 Novembre	13012	Marseille	FR7620041276818443512438574	4023607602086438	
86	Mme	Giraud	Colette	11/11/1949	Nice	2 49 11 06 047 877 76	giraud86@free.fr	06.86.15.74.87	15 place de la République	34500	Béziers	\N	\N	adresse à vérifier
72	M.	Le  Bihan	Gaël	26/10/1942    	Aurillac	1 42 10 15 481 588 89	gael.lebihan72@free.fr	0696723843	83 place de la Gare, Apt 49	69100	Villeurbanne	\N	\N	
53	Mme	Haddad	Elodie	16/03/1965	\N	265036649762906	Ehaddad53@neuf.fr	+33718858673	97 Rue Albert Camus	79000	Niort	FR7620041600611330418115968	\N	
87	M.	Dumas	Yannick	29/09/1992	Carcassonne	192091141961153	yannick.dumas87@free.fr	0690605433	2 chemin des Lilas	74000	Annecy	FR7616958308979932674996363	\N	
88	Mme	Laporte	Renée	15/01/1969	Chaumont	269015212064207	Renee.laporte88@icloud.com	06 66 73 42 94	43 quai du Général de Gaulle	92160	Antony	FR76 1380 7424 4759 0398 9058 042	\N	prélèvement refusé
89	Mme	Brun	Yasmine	12/02/1961	Ajaccio	\N	yasminebrun89@aol.com	06 70 60 85 67	55 avenue de Strasbourg	49300	Cholet	\N	\N	
90	M.	Da Silva	Élie	18/05/2003	Grenoble	103053858035814	Eliedasilva90@live.fr	02.23.53.76.95	89 rue Pasteur	23000	Guéret	\N	\N	
91	M.	Morin	Baptiste	10/08/1990	Périgueux	190082441895849	\N	0962972703	50 résidence Paul Bert	92160	Antony	FR76 3000 3146 0019 6444 2559 234	5136 9179 4607 6487	
92	Mme	Benali	Martine	17/05/1928	Mont-de-Marsan	228054032053602	martine.benali.92@live.fr	0656199138	34 avenue Sainte-Catherine	23000	Guéret	\N	\N	ancien client
93	Mme	Fontaine	Juliette	17/05/1980	Bordeaux	2 80 05 33 571 754 80	juliette.fontaine93@orange.fr	07 37 31 93 32	44 bis place de la Gare	13200	Arles	\N	\N	
94	Mme	Roche	Apolline	16/11/1975	Quimper	275112954453308	Roche_94@free.fr	06 29 21 85 10	56 rue du 8 Mai 1945	78000	Versailles	\N	4970108486405714	VIP
95	M.	Lévêque	Adam	25/03/1959	Annecy	159037434534828	adam.leveque95@free.fr	0607642615	80 chemin du 8 Mai 1945	95000	Cergy	FR76 3000 2505 0392 8476 2090 245	4147 2032 4597 4171	
96	Mme	Gaillard	Cindy	08/01/1988	Albi	2 88 01 81 175 157 38	gaillard.cindy96@laposte.net	06 82 70 70 50	111 route Louis Pasteur	97430	Le Tampon	\N	\N	
97	M.	Dumont	Patrick	10/11/1966	Cahors	166114654254885	patrick.dumont97@orange.fr	02 35 48 58 59	Résidence les Pins, 11 résidence de Strasbourg	16000	Angoulême	\N	\N	
98	Mme	Bouvier	Sylvie	26/09/2002	Montpellier	2 02 09 34 275 514 61	sylviebouvier98@free.fr	07 31 59 08 30	2 rue de la République	61000	Alençon	\N	3782 821192 05308	
99	Mme	Philippe	Audrey	01/08/1977	Lille	277085905881165	philippe.99@yahoo.fr	\N	52 boulevard Jean Moulin	34200	Sète	\N	5223711725838538	
100	Mme	Hervé	Célia	05/01/1985	Vesoul	285017057224428	celiaherve100@icloud.com	0033912188223	108 avenue de Verdun	59100	Roubaix	\N	\N	
101	Mme	Lebrun	Sandrine	02/07/1943	Laval	243075337493533	lebrun.sandrine101@bbox.fr	01 59 09 88 67	2 allée de Paris	91000	Évry-Courcouronnes	FR76 1010 7850 7823 4040 4420 254	4023605802979857	codeerreur 0x01
102	Mme	Leblanc	Françoise	09/07/1928	\N	\N	francoiseleblanc102@free.fr	\N	57 square Saint-Michel	97300	Cayenne	\N	\N	
103	Mme	Leroux	Sylvie	04/05/1967	Paris	267057555773522	sylvie.leroux103@hotmail.fr	0033729799884	56 square Anatole France, Bât. B	62100	Calais	\N	\N	
104	Mme	Caron	Françoise	10/09/1996	Arras	296096256379735	caron104@gmail.com	06.30.05.94.17	95 ter square du 11 Novembre	66000	Perpignan	FR7610278261163393354265225	\N	
105	M.	Rey	Mehdi	13/10/1997	Bourg-en-Bresse	\N	mrey105@bbox.fr	06 60 00 79 81	8 résidence Voltaire	56100	Lorient	\N	\N	relancer en janvier
106	M.	Étienne	Jules	07/08/1944	\N	144083938396234	jules.etienne106@icloud.com	06 59 43 89 28	13 résidence Victor Hugo, Bât. B	93300	Aubervilliers	\N	4532 8380 6556 2748	
107	M.	Tessier	Ibrahim	28/02/1942	Angers	1 42 02 49 207 769 01	ibrahimtessier107@gmail.com	06 88 03 38 27	68 boulevard de la Mairie	94400	Vitry-sur-Seine	\N	\N	
108	Mme	Meunier	Nadine	17/04/1949	Metz	249045715945217	meunier.nadine108@hotmail.fr	06 96 07 87 07	14 cours Louis Pasteur	51100	Reims	\N	4761 7395 9922 5392	
109	Mme	Martinez	Renée	21/12/1933	Mont-de-Marsan	2 33 12 40 003 354 55	rmartinez.109@hotmail.fr	06 06 56 07 39	100 square du Château	13200	Arles	FR7616958229119818818337910	2221002432757008	NPAI
110	M.	Vallée	Xavier	31/03/1937	Vesoul	137037032567829	xavier.vallee110@hotmail.fr	07 66 97 00 45	59 route Alsace-Lorraine	33000	Bordeaux	\N	\N	
111	Mme	Fabre	Océane	07/01/1983	Tarbes	283016530394960	fabre.oceane111@gmail.com	06 12 78 87 29	147 place de Paris	56000	Vannes	\N	\N	
97	M.	Dumont	Patrick	10/11/1966	Cahors	166114654254885  	patrick.dumont97@orange.fr	02 35 48 58 59	Résidence les Pins, 11 résidence de Strasbourg	16000	Angoulême    	\N	\N	
112	Mme	Richard	Christiane	16/10/1945	Pau	245106437673322	crichard112@gmail.com	06.43.63.45.45	76 rue du Général de Gaulle	06400	Cannes	\N	5223712611440116	
113	M.	Joly	Léo	13/02/1990	Angoulême	190021616369036	joly.leo113@neuf.fr	+33608756722	43 quai de la Paix	95000	Cergy	\N	\N	relancer en janvier
114	Mme	Thébault	Aurélie	18/10/1981	\N	281102600808610	thebault114@aol.com	07 40 76 21 73	55 résidence Alsace-Lorraine	91000	Évry-Courcouronnes	\N	4761 7352 2385 0845	
115	Mme	Poirier	Coralie	23/01/1959	Créteil	2 59 01 94 277 734 90	coralie_poirier115@orange.fr	+33 6 39 28 01 14	75 quai de la Mairie	38000	Grenoble	\N	\N	dossier complet
116	Mme	Lemaître	Coralie	06/11/1950	Chambéry	250117327829419	clemaitre.116@hotmail.fr	01 51 65 46 08	128 rue Léon Blum	73000	Chambéry	\N	\N	
117	Mlle	Leclercq	Suzanne	20/02/1979	\N	279021430779435	Sleclercq_117@free.fr	\N	145 avenue Victor Hugo	95000	Cergy	\N	\N	
118	Mme	Dubois	Florence	06/03/2002	\N	202037218421726	dubois118@orange.fr	0657043891	44 rue des Écoles	42000	Saint-Étienne	\N	\N	souhaite être rappelé
119	Mme	Simon	Béatrice	01/03/1931	\N	231035707908066	Beatricesimon.119@aol.com	0033620071313	5 impasse Saint-Michel	33600	Pessac	\N	5136912225249020	
120	Mme	Aubry	Zoé	05/10/1982	Carcassonne	282101115531790	zoe.aubry120@hotmail.fr	0658778154	60 rue du Général de Gaulle	92700	Colombes	\N	\N	
121	M.	Robin	Antoine	17/11/1946	Tours	146113731051259	robin.121@hotmail.fr	0795323225	22 place Georges Clemenceau	63000	Clermont-Ferrand	\N	5555 5524 5602 0278	
122	Mme	Muller	Ophélie	28/12/2003	Épinal	203128812057686	ophelie_muller.122@hotmail.fr	07 63 75 51 25	77 ter cours de la République	59200	Tourcoing	\N	\N	changement de RIB demandé
123	Mme	Collet	Danielle	04/11/1983	Périgueux	283112440396161	collet123@laposte.net	0671984460	36 rue Jean Moulin	76600	Le Havre	\N	\N	saisie interrompue 
124	Mme	Renaud	Jeanne	29/03/1940	\N	240034221875238	jeanne.renaud_124@laposte.net	06 10 67 82 25	Résidence les Pins, 119 quai Paul Bert	93700	Drancy	\N	4347691147577571	
125	Mme	Paris	Maïwenn	04/01/1976	Chartres	2 76 01 28 592 225 52	paris125@bbox.fr	+33610422276	Résidence les Jardins, 14 avenue du Moulin	92300	Levallois-Perret	\N	\N	
126	Mme	Pasquier	Isabelle	02/08/1947	Nantes	2 47 08 44 596 032 62	Ipasquier126@gmail.com	\N	2 allée des Tilleuls	68000	Colmar	\N	\N	
127	M.	Henry	Sacha	16/04/1969	Albi	169048154530009	Sacha.henry_127@gmail.com	0033305171282	9 avenue des Vignes	83500	La Seyne-sur-Mer	FR7630003354085148876380213	\N	
128	M.	Rodriguez	Joseph	27/11/1939	\N	139113800569035	josephrodriguez_128@yahoo.fr	0033626681564	85 chemin Pierre Curie	31000	Toulouse	\N	4929403640558934	doublon possible
55	Mme	Clément	Sylvie	27/02/2005	\N	205020844358351	sylvie.clement55@free.fr	+33 5 90 35 93 49	167 chemin du Général de Gaulle	10000	Troyes	\N	\N	
129	M.	Julien	René	05/10/1969	Orléans	169104519290405	rene.julien129@neuf.fr	0737705622	71 cours Émile Zola	02100	Saint-Quentin	FR7620041378354937009662228	4761 7367 6968 0893	
130	M.	Bénard	Pierre	27/10/1957	Saint-Brieuc	157102255780068	pierre.benard130@outlook.fr	0726359970	17 square de Verdun	23000	Guéret	\N	4970104535836850	
131	Mlle	Faure	Agathe	22/02/1957	Moulins	257020340283472	faure.agathe_131@outlook.fr	0770119925	36 place de Bretagne	92100	Boulogne-Billancourt	\N	\N	
132	M.	Robert	Adam	15/12/1931	Évreux	131122733665065	adam.robert132@neuf.fr	02 87 92 87 18	51 square Jules Ferry	92700	Colombes	FR76 1131 5353 1666 3243 9555 339	\N	VIP
133	Mme	Collin	Yvette	23/09/1997	Angoulême	2 97 09 16 454 829 04	yvette.collin133@live.fr	06 87 39 72 84	77 rue du Moulin	06000	Nice	\N	\N	
134	M.	Berger	Hervé	17/04/1958	Châteauroux	158043649941323	herve.berger_134@hotmail.fr	0522370124	1 avenue de la Gare	10000	Troyes	FR7618206847734413696869677	\N	
135	Mme	Marchal	Sophie	16/02/1965	\N	265024101527754	sophie.marchal.135@outlook.fr	+33 6 89 04 82 12	12 rue de la Croix Rouge	92400	Courbevoie	\N	\N	
136	Mme	Carlier	Pauline	13/06/1978	Moulins	278060332985020	pauline_carlier136@gmail.com	06 55 11 55 42	24 avenue Voltaire	24000	Périgueux	\N	\N	litige en cours
47	Mme	Leblanc	Mélanie	29/06/1937	Poitiers	237068602041683	\N	\N	6 rue des Tilleuls	78000	Versailles	\N	\N	scan CNI : C:\\Users\\accueil\\Documents\\CNI_recto.pdf
137	M.	Perret	Thierry	18/05/1984	Nancy	1 84 05 54 598 777 86	thierryperret137@hotmail.com	0642361283	81 cours Georges Clemenceau	24000	Périgueux	FR76 1820 6535 1504 4076 3098 494	\N	
138	M.	Perrier	Paul	17/12/1982	Avignon	182128452287618	perrier.paul_138@icloud.com	06 57 02 74 72	90 rue Albert Camus	43000	Le Puy-en-Velay	\N	\N	
139	Mme	Germain	Manon	11/05/1944	Charleville-Mézières	244050850434093	manongermain139@hotmail.com	0629878828	45 allée Émile Zola	68000	Colmar	FR7630002201183871992112558	\N	dossier complet
140	Mlle	Boulanger	Josiane	23/05/1962	Rennes	262053516288648	boulanger.josiane_140@gmail.com	0465924481	47 route Saint-Michel	33000	Bordeaux	FR7620041369596311061592522	\N	
141	Mme	Weber	Émilie	12/08/1966	Épinal	2 66 08 88 311 226 91	emilie.weber141@icloud.com	05.18.66.91.04	82 square de la Paix	34200	Sète	\N	\N	
43	M.	Cousin	Vincent	27/02/1934	Guéret	1 34 02 23 154 549 92	vcousin43@sfr.fr	02 03 23 21 05	37 route des Peupliers	59140	Dunkerque	FR7611315618393460453026247	\N	
142	Mme	Roux	Anne-Sophie	12/02/2002	Chaumont	202025222671058	anne-sophie.roux_142@gmail.com	+33651662851	2 rue du 11 Novembre	97200	Fort-de-France	\N	\N	
143	M.	Chauvin	Vincent	26/07/1960	Nice	1 60 07 06 071 171 91	vincent_chauvin143@hotmail.com	06 53 90 58 05	33 avenue des Vignes	59000	Lille	\N	5555559317462953	
144	M.	Ollivier	Alain	12/12/1977	Montpellier	1 77 12 34 186 220 30	ollivier.alain.144@yahoo.fr	+33531317929	7 rue du Port	64000	Pau	\N	\N	
145	Mme	Gillet	Aurélie	12/02/1947	Cahors	247024602793772	aureliegillet145@gmail.com	06 02 17 77 57	6 résidence des Vignes	92160	Antony	\N	\N	
146	M.	Daniel	Ronan	04/07/1960	Évreux	1 60 07 27 237 846 77	Ronan.daniel146@free.fr	\N	15 avenue des Vignes	59140	Dunkerque	FR76 3000 4795 2506 6726 0660 639	4147 2059 7492 1893	
147	M.	Chauvin	François	11/07/1959	Le Mans	159077229374845	francois.chauvin147@hotmail.fr	02 48 70 06 98	39 avenue Pasteur	25000	Besançon	FR76 1254 8381 0600 0841 8077 314	\N	
2	Mme	Dupont	Pauline	16/01/1950	Niort	250017928261235	dupont.pauline2@gmail.com	05 47 15 31 49	55 allée Marie Curie	93100	Montreuil	\N	\N	
148	M.	Daniel	Matthieu	26/09/2005	Besançon	105092536313580	mdaniel_148@gmail.com	07 50 33 73 31	43 rue des Peupliers	66000	Perpignan	\N	\N	
149	M.	Marchand	Yassine	20/07/1965	Vannes	165075601428691	Yassine.marchand.149@hotmail.fr	0671196959	103 allée de la Liberté	95100	Argenteuil	FR7611315186245058278081471	\N	rappeler après 18h
94	Mme	Roche	Apolline	16/11/1975	Quimper	275112954453308	Roche_94@free.fr	06 29 21 85 10	56 rue du 8 Mai 1945	78000	Versailles	\N	4970108486405714	VIP
150	M.	Tessier	Nathan	18/03/1991	Rennes	1 91 03 35 519 924 22	ntessier150@aol.com	0033609370848	20 impasse Pierre Curie	31000	Toulouse	FR7616958517661644652059831	\N	saisie interrompue 
151	M.	Richard	Théo	28/10/1963	Belfort	163109018949667	theo.richard151@icloud.com	+33184500335	49 avenue Aristide Briand	97400	Saint-Denis	FR7630066833059773864011288	\N	
35	M.	Leclercq	Pascal	24/06/1943	Pointe-à-Pitre	143069711243660	leclercq.pascal35@yahoo.fr	0662767735	35 ter boulevard des Roses	92700	Colombes	\N	\N	
152	M.	Lévêque	Cédric	13/05/1976	Lons-le-Saunier	176053904113893	cedric.leveque152@icloud.com	0033658296753	38 avenue Sainte-Catherine	33600	Pessac	FR7630003496941231191362410	4974011619692719	
36	M.	Schmitt   	Côme	06/04/1997 	\N	197043013734386	comeschmitt36@icloud.com	+33678026374	57 square Anatole France	26000	Valence	\N	4974010513754898	
153	Mme	Michaud	Margaux	22/11/1929	Chambéry	229117324541574	mmichaud153@hotmail.fr	0612902852	60 rue de Verdun	67000	Strasbourg	FR7630002079129971427523028	\N	
154	Mme	Fernandez	Caroline	19/01/1999	\N	2 99 01 08 480 870 46	fernandez.caroline154@free.fr	+33606083648	78 résidence de Bretagne	67000	Strasbourg	FR76 2004 1183 1209 3257 0778 791	\N	
155	Mme	Leclercq	Annie	04/06/1985	Charleville-Mézières	285060837909855	\N	+33797740913	48 square de la Liberté	36000	Châteauroux	\N	\N	
156	Mme	Gérard	Simone	04/01/1990	Toulouse	290013143293775	gerard.simone156@live.fr	0033152698418	84 allée des Écoles	06600	Antibes	\N	5223711171945266	pièce d'identité manquante
157	M.	Robin	Jean-Claude	13/05/1968	\N	168059012163492	jrobin157@outlook.fr	0626908328	85 cours Pierre Curie	94800	Villejuif	FR50 1820 6499 4383 4540 2504 442	374245073388042	
158	Mme	Roux	Louise	19/02/1931	Montpellier	231023424358992	\N	\N	23 résidence de l'Église	13100	Aix-en-Provence	\N	\N	client fidèle
159	M.	Lefebvre	Clément	25/12/1960	Aurillac	160121515740524	clement.lefebvre_159@hotmail.fr	07 99 26 85 13	19 impasse de la Gare	72000	Le Mans	FR76 1380 7330 6922 8310 8606 897	\N	
160	Mme	Barthélémy	Adélaïde	20/03/1931	Vannes	\N	barthelemy.adelaide160@icloud.com	+33 7 63 60 17 33	44 place des Vignes	18000	Bourges	\N	4347698060303455	
161	Mme	Humbert	Coralie	27/11/1931	Angoulême	231111636940140	chumbert161@live.fr	+33 6 02 80 00 32	92 avenue Émile Zola	37000	Tours	FR7620041026636710621963913	\N	
162	M.	Robin	Noël	31/12/1970	Agen	1 70 12 47 118 870 54	noelrobin162@orange.fr	01.83.86.85.55	24 avenue Albert Camus	69200	Vénissieux	\N	\N	devis envoyé le 03/02
163	Mme	Michaud	Valérie	26/01/1954	Poitiers	254018645857434	valeriemichaud163@neuf.fr	+33528482034	16 allée Émile Zola	34000	Montpellier	\N	4023606445113367	
164	Mme	Lecomte	Colette	28/03/1970	Alençon	270036159798235	colette_lecomte164@gmail.com	06 47 40 63 86	40 rue du 11 Novembre	92160	Antony	\N	5223713640318448	
165	M.	Adam	Nicolas	05/05/1949	Bobigny	1 49 05 93 142 185 82	adam.nicolas165@free.fr	09 80 85 35 74	4 boulevard Albert Camus	64100	Bayonne	FR76 1695 8599 8473 3372 9972 762	\N	
166	M.	Guérin	Ronan	24/12/1978	Amiens	178128054600387	ronan_guerin166@laposte.net	0582888736	28 bis rue de la Fontaine	59100	Roubaix	\N	5555 5597 4590 1184	
167	Mme	Hamon	Anaïs	16/11/1983	Auxerre	283118943495303	hamon.anais167@hotmail.com	05.37.55.08.83	14 avenue de la Mairie	75018	Paris	FR76 3000 4080 8606 1014 4434 002	\N	
168	M.	Michaud	Gabriel	01/07/1981	Bastia	181072B02196625	gabriel_michaud168@aol.com	0618458914	64 place de la Croix Rouge	08000	Charleville-Mézières	\N	\N	
169	M.	Dupuy	Marius	28/11/1998	Vannes	198115628276213	Mdupuy169@gmail.com	+33963712568	28 rue Foch	92100	Boulogne-Billancourt	FR7613807473149603672615763	\N	
170	M.	Picard	Yann	28/01/2004	\N	104017851457502	ypicard170@icloud.com	+33 7 35 48 58 84	5 quai Aristide Briand	24000	Périgueux	FR7612548426112254715775949	\N	réponse : "oui" (sic)
171	M.	Simon	Didier	02/06/1955	Bordeaux	155063344369928	didier.simon171@neuf.fr	\N	89 résidence Gambetta	08000	Charleville-Mézières	FR76 1131 5233 7116 9587 3273 928	\N	
172	M.	Delmas	Louis-Marie	17/10/1986	Beauvais	186106047150412	louis-marie.delmas_172@gmail.com	0662534520	5 square de Strasbourg	94000	Créteil	FR76 1254 8934 7448 8288 0365 979	5412758829590060	
173	Mme	Chénier	Marie-Christine	21/05/1945	Lons-le-Saunier	245053925878333	marie-christine.chenier173@free.fr	+33655298642	78 rue du Château	71000	Mâcon	FR7630003165807217926028822	\N	
174	M.	Martin	Yann	01/08/1946	Moulins	1 46 08 03 391 657 03	yann.martin174@hotmail.com	0033629303704	11 boulevard de la Liberté	92160	Antony	FR76 3000 3633 7493 1720 3375 013	\N	
175	Mme	Meyer	Marguerite	28/07/1999	Périgueux	299072441919878	mmeyer175@gmail.com	0637707879	13 avenue des Tilleuls	91000	Évry-Courcouronnes	\N	\N	
176	M.	Boucher	Benoît	01/07/1987	Niort	187077930679485	benoit.boucher_176@gmail.com	0758375416	64 chemin du Général de Gaulle	02100	Saint-Quentin	FR7630004757846188443754086	4347 6973 2354 0499	
177	Mme	Monnier	Romane	08/03/1997	\N	2 97 03 78 394 483 89	romane.monnier177@free.fr	0227620546	42 chemin du Port	83600	Fréjus	\N	5555554408536641	
178	Mme	Guichard	Nathalie	28/09/1938	Châteauroux	238093635911896	Nathalie.guichard178@sfr.fr	06 71 58 62 73	2 résidence de l'Église	54000	Nancy	FR7630002394727189641636048	2234566496891700	
179	M.	Girard	Alexandre	19/10/1995	Bourg-en-Bresse	1 95 10 01 167 174 41	alexandre.girard179@bbox.fr	06 17 53 69 04	17 impasse du Général de Gaulle	92700	Colombes	\N	4347690933788640	
132	M.	Robert	Adam	15/12/1931	Évreux	131122733665065	adam.robert132@neuf.fr	02 87 92 87 18	51 square Jules Ferry	92700	Colombes	FR76 1131 5353 1666 3243 9555 339	\N	VIP
180	M.	Reynaud	Raymond	19/06/1979	Châteauroux	179063646370013	raymondreynaud180@hotmail.com	\N	5 route Foch	69100	Villeurbanne	\N	5412 7595 6551 7705	
181	M.	Michel	Patrick	13/12/1934	Belfort	1 34 12 90 553 031 86	patrick.michel181@hotmail.fr	0924070020	37 avenue de la Croix Rouge	20260	Calvi	\N	4147209795607657	
182	Mme	Rivière	Valérie	23/03/1933	Foix	233030909736254	Riviere.valerie_182@hotmail.com	0707520793	85 rue des Lilas	71000	Mâcon	\N	\N	client ravi 😀 !
183	M.	Dupont	Gaël	04/04/1948	Nice	148040623875086	Dupont183@laposte.net	+33779976359	53 avenue Anatole France	79000	Niort	\N	2599 8822 7243 2760	
184	Mme	Le Bihan	Jacqueline	04/05/2000	Fort-de-France	200059722253461	lebihan.jacqueline184@free.fr	+33604023345	23 place de la République	88000	Épinal	\N	\N	
185	Mme	Delmas	Paulette	04/09/1950	Nîmes	250093021514781	paulette.delmas185@aol.com	+33 7 29 18 08 41	32 quai de la Paix	34500	Béziers	FR7630002242257548391240631	\N	tél. : voir fiche
186	M.	Vincent	Nathan	18/11/1992	Nanterre	192119254187090	nvincent186@yahoo.fr	0126609658	23 rue Émile Zola	59140	Dunkerque	\N	\N	dossier complet
187	M.	Simon	Gaël	28/06/1972	Évry	\N	gael.simon187@hotmail.fr	0220721864	15 route du Port	35000	Rennes	FR7612548885430096801903949	5136919130820837	
188	M.	Faure	Damien	08/10/1998	Angers	1 98 10 49 564 391 51	damien.faure_188@gmail.com	+33761666609	13 allée de Paris	92700	Colombes	FR7630004404791903355283635	\N	
189	M.	Meunier	Jean-François	28/10/1936	Carcassonne	136101146256913	jean-francois.meunier189@hotmail.fr	0606869580	7 rue du Château	02100	Saint-Quentin	\N	5223716564239128	
190	Mme	Vidal	Inès	07/09/1988	Vannes	288095610968067	ines.vidal190@laposte.net	0918362228	93 boulevard de la République	23000	Guéret	\N	\N	
191	M.	Rivière	Dominique	10/11/1962	Mende	1 62 11 48 476 489 35	riviere_191@gmail.com	+33669416965	5 rue Émile Zola	49300	Cholet	FR7630002894434871829389153	\N	
192	M.	Robert	Jérôme	08/12/1988	Bobigny	188129331252323	robert192@yahoo.fr	+33 6 06 37 48 77	30 avenue Carnot	44000	Nantes	\N	\N	
193	M.	Perrot	Didier	17/05/1940	Troyes	140051043596581	didierperrot193@hotmail.com	06 98 64 76 88	32 allée des Écoles	20000	Ajaccio	\N	\N	
187	M.	Simon	Gaël	28/06/1972	Évry	\N	gael.simon187@hotmail.fr    	0220721864	15 route du Port	35000	Rennes   	FR7612548885430096801903949	5136919130820837	
194	M.	Antoine	Serge	28/07/1962	Saint-Lô	162075025277447	serge_antoine194@wanadoo.fr	07 47 94 28 33	54 square Pierre Curie, Bât. B	45000	Orléans	\N	\N	
195	M.	N'Diaye	Thierry	25/08/2000	Mont-de-Marsan	100084012079733	tndiaye195@hotmail.fr	06 03 93 71 68	29 rue Louis Pasteur	95100	Argenteuil	FR7613807006415055428136441	\N	
196	Mlle	Julien	Germaine	04/10/1975	Lons-le-Saunier	275103950338929	germaine_julien196@gmail.com	0033903913774	34 place Nationale	68000	Colmar	\N	4532 8309 7563 2026	
197	M.	Rey	Dominique	19/06/2002	Metz	102065713989042	rey.dominique197@icloud.com	07 72 52 24 55	6 rue du Général de Gaulle	86000	Poitiers	FR76 1254 8523 4982 4289 9404 829	4556732738956224	Historique :\nsuite, écrit "urgent !"
198	Mme	Germain	Lucie	24/07/1940	Rouen	240077601706680	\N	09 66 42 36 59	109 avenue Marcel Pagnol	06600	Antibes	\N	\N	
199	M.	Le Gall	Noël	23/06/2004	Laval	\N	noel.legall199@hotmail.fr	06 60 45 65 73	4 résidence Saint-Michel	87000	Limoges	FR76 3006 6863 7995 1350 8079 175	\N	Appel du 12/03 :\nveut parler au responsable, mot de passe "oublié"
200	M.	Blanchard	Alain	06/05/1988	Angoulême	188051643489988	alain.blanchard200@hotmail.fr	+33619583364	48 rue Nationale	02100	Saint-Quentin	\N	2599 8872 5103 1764	
201	M.	Germain	Julien	24/07/1941	Tarbes	1 41 07 65 518 722 18	julien.germain201@free.fr	04 42 15 13 51	31 place de l'Église	64000	Pau	\N	\N	NPAI
202	M.	Aubert	Mohamed	25/06/1969	La Rochelle	169061737101004	mohamedaubert202@hotmail.com	06 66 46 75 14	58 avenue du Lavoir	83500	La Seyne-sur-Mer	FR7630004245927623421628803	\N	
64	Mme	D'Almeida	Jacqueline	30/10/1933	\N	233108853323518	\N	03 07 57 72 96	67 allée de l'Église	06000	Nice	\N	\N	
203	M.	Dupont	Gabriel	14/02/1936	Angoulême	136021624092639	gdupont203@gmail.com	+33620761254	3 place des Fleurs	37000	Tours	\N	4532 8347 0818 3927	\\
204	Mme	Rey	Nadia	19/05/1962	Digne-les-Bains	2 62 05 04 273 466 12	nadia.rey204@hotmail.fr	05.80.73.12.06	10 résidence de Strasbourg	59000	Lille	FR76 3000 4114 4403 8025 2513 666	\N	
205	M.	Guérin	Victor	02/02/1956	Nantes	156024441202162	victor.guerin_205@orange.fr	07 78 80 80 53	39 boulevard Paul Bert	34500	Béziers	\N	4929 4071 6493 3696	
206	Mme	Philippe	Margaux	28/05/1940	Colmar	240056854040645	margauxphilippe206@free.fr	+33 3 72 55 46 11	44 avenue de la Mairie	93700	Drancy	\N	\N	
207	Mme	Langlois	Françoise	15/07/1996	\N	296072511529506	francoise.langlois207@hotmail.com	04 91 40 87 82	10 quai des Fleurs	34500	Béziers	FR7612548813446848412330567	\N	
208	Mme	Chevallier	Évelyne	09/11/1962	Vannes	262115653420163	chevallier208@live.fr	0033736754687	84 boulevard Émile Zola	93600	Aulnay-sous-Bois	FR7630002327708025241723222	\N	
209	Mme	Carré	Zoé	08/09/1968	\N	268098005574217	carre.209@aol.com	0033301363041	50 allée Gambetta	21000	Dijon	\N	\N	
210	M.	Bertin	Nathan	20/05/1948	Nîmes	148053033828820	nathan.bertin210@sfr.fr	+33 7 73 41 78 66	19 chemin du Stade	56100	Lorient	\N	\N	
211	M.	Weber	Aurélien	03/03/1941	\N	141031246930373	aurelien_weber211@hotmail.fr	0033603420908	49 avenue de Bretagne	86000	Poitiers	\N	\N	
212	Mme	Bouchet	Pauline	08/12/1967	Nancy	267125441690409	pauline.bouchet212@orange.fr	+33 6 74 28 10 73	7 chemin des Peupliers	95200	Sarcelles	\N	\N	
213	Mme	Brun	Ophélie	27/08/1969	Foix	269080928085451	ophelie_brun213@icloud.com	07 89 14 32 36	103 boulevard Marie Curie	94400	Vitry-sur-Seine	FR7620041313667919843158505	\N	
214	M.	Jean	Rémi	10/12/1958	Angers	158124943036179	remi.jean214@wanadoo.fr	06 88 40 25 15	7 ter rue Pasteur	31000	Toulouse	FR76 1010 7808 6983 5907 3850 377	5223716559937488	
215	Mme	Marty	Suzanne	07/11/1931	Lons-le-Saunier	231113936598225	suzanne.marty215@aol.com	\N	17 square de l'Église	71000	Mâcon	FR7630002377213195234662628	\N	rappeler après 18h
216	M.	Roux	Ibrahim	16/09/1931	Grenoble	\N	ibrahim.roux216@laposte.net	06 57 41 63 67	9 route de Bretagne	92700	Colombes	\N	\N	remboursement effectué
194	M.	Antoine	Serge	28/07/1962	Saint-Lô	162075025277447	serge_antoine194@wanadoo.fr	07 47 94 28 33	54 square Pierre Curie, Bât. B	45000	Orléans	\N	\N	
217	Mme	Roche	Évelyne	21/07/1999	Tours	299073753523986	eroche.217@live.fr	+33719270370	9 chemin Pasteur	78000	Versailles	\N	\N	pièce d'identité manquante
72	M.	Le  Bihan	Gaël	26/10/1942    	Aurillac	1 42 10 15 481 588 89	gael.lebihan72@free.fr	0696723843	83 place de la Gare, Apt 49	69100	Villeurbanne	\N	\N	
218	Mme	Simon	Catherine	19/03/1988	Amiens	288038040706915	catherine.simon218@gmail.com	0033417630205	13 route Pierre Curie	93200	Saint-Denis	\N	4761730580605387	
219	M.	Leroy	Pierre	06/04/1999	\N	199049538044952	leroy.pierre.219@yahoo.fr	0033270900532	34 impasse des Lilas	94500	Champigny-sur-Marne	\N	\N	
220	Mme	Poirier	Léonie	24/11/1990	Guéret	290112324939284	leonie_poirier.220@gmail.com	06 37 83 90 18	27 résidence Marie Curie	59000	Lille	\N	\N	
221	M.	Berger	Jean-Pierre	17/05/1950	Belfort	150059018332109	berger.jean-pierre221@live.fr	+33 6 13 63 93 82	77 ter route Aristide Briand	35000	Rennes	\N	\N	Note interne\ndemande un remboursement, avec "guillemets"
222	M.	Prévost	Adam	30/01/1997	Vesoul	197017030765545	adam.prevost222@laposte.net	+33685516030	63 boulevard du Moulin	44000	Nantes	\N	\N	
223	Mme	Cousin	Odette	21/12/1954	Guéret	2 54 12 23 431 820 50	ocousin223@hotmail.fr	0622704198	14 avenue du Moulin	64100	Bayonne	FR76 1131 5286 3335 5576 7989 772	\N	tél. : voir fiche
224	M.	Moulin	Romain	29/08/1941	Grenoble	1 41 08 38 158 600 45	moulin224@hotmail.com	06 27 34 64 09	62 avenue Saint-Michel	83000	Toulon	FR7630004679252210513766034	\N	
225	M.	Fleury	Ludovic	12/02/1967	Nice	167020607727167	ludovic_fleury225@icloud.com	\N	43 allée de la Gare	20200	Bastia	\N	\N	souhaite être rappelé
226	M.	Collin	Jules	21/02/1938	Nanterre	138029236340456	julescollin226@hotmail.fr	06 82 93 32 03	1 avenue des Vignes	72000	Le Mans	FR76 1010 7667 6049 6304 0528 661	\N	
227	Mlle	Prévost	Valérie	09/06/1961	Nantes	261064406339335	valerie.prevost227@icloud.com	0418396058	19 avenue Jean Moulin	57000	Metz	FR76 1010 7245 8061 5260 2747 443	4761736733708739	
228	M.	Baron	Alexandre	09/03/1938	\N	138038957525157	alexandre_baron228@gmail.com	\N	49 résidence des Fleurs	13200	Arles	FR7612548801858723529200242	\N	
229	Mlle	Vidal	Élisabeth	20/07/1933	Bastia	233072B46144329	elisabeth.vidal229@orange.fr	06 61 14 06 30	2 route Voltaire	97600	Mamoudzou	FR7630004517783750237320706	\N	OK pour newsletter
230	M.	Besson	Raymond	14/04/1990	\N	1 90 04 81 426 713 03	rbesson230@bbox.fr	+33 6 27 20 49 27	7 boulevard Pasteur	56000	Vannes	\N	3714 492551 34678	
231	M.	André	Franck	15/06/1972	Vannes	172065653402906	franck.andre231@bbox.fr	0641485705	3 avenue du Stade	93100	Montreuil	FR7620041560139684463231325	\N	absent le lundi
232	M.	Texier	Ronan	18/12/1997	Lille	197125926672727	texier232@bbox.fr	06 23 01 68 48	49 place Saint-Michel	83400	Hyères	\N	\N	
233	M.	N'Diaye	David	20/01/1996	Blois	196014105202341	davidndiaye233@yahoo.fr	0768629908	21 avenue Marcel Pagnol	79000	Niort	\N	4658582234254955	
234	M.	Charles	Georges	08/02/1944	Amiens	144028022531943	georges.charles.234@laposte.net	0645600937	60 route des Roses	74000	Annecy	FR76 1380 7385 3086 3301 3155 477	\N	
235	M.	Hubert	Nathan	21/01/1987	\N	187011108490829	hubert.nathan235@gmail.com	0776718880	123 avenue du Stade	84000	Avignon	\N	\N	
236	Mme	Vallée	Annie	04/01/1987	Privas	287010711211342	annie.vallee236@live.fr	06 49 33 30 62	Résidence Bellevue, 116 route Jean Jaurès	97400	Saint-Denis	FR9513807780513417163237543	\N	
237	M.	Thomas	Kévin	26/11/1940	Privas	\N	kevin.thomas237@yahoo.fr	09 51 61 62 01	54 square de l'Église	37000	Tours	\N	\N	
238	M.	Arnaud	Stéphane	08/05/1958	Tarbes	158056526731014	arnaud238@hotmail.com	02 14 57 34 77	28 place de la Mairie	71000	Mâcon	\N	4532831622856695	
239	M.	Gauthier	Emmanuel	13/10/1956	\N	156105128098092	emmanuel.gauthier.239@aol.com	0640597972	Résidence Bellevue, 39 boulevard de la Fontaine	69200	Vénissieux	\N	\N	
240	M.	Marchand	Florian	02/08/2005	Annecy	1 05 08 74 172 465 67	fmarchand.240@yahoo.fr	+33 6 05 70 99 13	11 quai de la Croix Rouge	33700	Mérignac	\N	\N	
241	M.	Weber	Gaëtan	03/11/1936	Châteauroux	136113610316651	weber241@free.fr	+33 4 57 33 60 03	19 route Saint-Michel	60000	Beauvais	\N	2221 0070 8701 2237	
57	Mme	Millet	Romane	11/02/1977	\N	277025506500195	\N	0786337172	2 cours de la Fontaine	73000	Chambéry	\N	\N	
242	M.	Vincent	Côme	06/01/1932	Lille	132015912463813	come.vincent242@gmail.com	+33 1 09 91 60 53	45 rue du Port	68100	Mulhouse	FR7630002713206045120579115	2221007720916539	
243	M.	Nicolas	Hugo	30/09/1943	Charleville-Mézières	143090820900235	hugonicolas243@neuf.fr	+33695943637	56 boulevard Léon Blum	29200	Brest	\N	\N	
244	Mme	Da Silva	Ginette	10/06/1963	Avignon	263068444993722	ginette.dasilva244@free.fr	0355681916	3 rue Sainte-Catherine	10000	Troyes	\N	\N	
245	Mlle	Bernard	Morgane	06/11/1931	Nîmes	231113000780332	mbernard245@hotmail.com	07 79 45 09 79	43 route Marie Curie	49000	Angers	\N	\N	
246	M.	Gautier	Louis-Marie	07/09/2004	Carcassonne	104091100628806	louis-marie.gautier246@live.fr	09 91 97 58 92	47 rue de la Gare	92600	Asnières-sur-Seine	\N	4532836105965434	
220	Mme	Poirier	Léonie	24/11/1990	Guéret	290112324939284	leonie_poirier.220@gmail.com	06 37 83 90 18	27 résidence Marie Curie	59000	Lille	\N	\N	
247	M.	Lefèvre	Hervé	19/08/2003	Dijon	1 03 08 21 008 012 82	Hlefevre247@hotmail.fr	0689908225	6 ter cours Gambetta	54000	Nancy	FR76 3006 6268 2054 4671 1889 629	\N	\\
248	M.	Roux	Stéphane	29/06/1962	\N	162061602269274	roux248@bbox.fr	06 37 20 87 50	8 place Sainte-Catherine	74000	Annecy	\N	\N	
249	Mme	Nguyen	Mélissa	11/11/1940	Montpellier	240113418781783	mnguyen249@neuf.fr	0636951438	4 ter place du Stade	83000	Toulon	FR76 1695 8391 6383 6004 4129 583	\N	
250	Mme	Lejeune	Yvette	06/07/1973	Lyon	2 73 07 69 490 804 20	ylejeune250@hotmail.com	+33618181409	4 boulevard Aristide Briand	94100	Saint-Maur-des-Fossés	\N	\N	
251	M.	Joly	Guillaume	11/04/2005	\N	105046956035851	guillaumejoly251@free.fr	0151286637	78 cours de la Liberté	97460	Saint-Paul	FR76 3000 2954 2897 5734 0459 767	5136 9122 2373 0476	
252	M.	Olivier	Loïc	06/09/1980	Le Mans	\N	lolivier252@outlook.fr	07 14 92 00 35	66 avenue Alsace-Lorraine	42000	Saint-Étienne	\N	4974012041743245	
253	M.	Chevalier	Yann	02/06/1989	Melun	1 89 06 77 540 850 30	yann_chevalier_253@hotmail.com	06 36 61 17 66	35 chemin de la République	20137	Porto-Vecchio	FR7612548031524435642025727	5136919545748516	RAS
53	Mme	Haddad	Elodie	16/03/1965	\N	265036649762906	Ehaddad53@neuf.fr	+33718858673	97 Rue Albert Camus	79000	Niort	FR7620041600611330418115968	\N	
254	M.	Roy	Victor	02/11/1950	Nancy	150115446419350	victor_roy_254@outlook.fr	+33 6 12 18 92 62	50 rue des Lilas	38000	Grenoble	FR76 1380 7508 9827 8584 6997 473	4974013229432098	
255	M.	Guillaume	Jean-François	21/03/1934	Quimper	134032901469523	guillaume.jean-francois255@wanadoo.fr	\N	13 avenue de la Paix	33600	Pessac	\N	\N	
256	M.	Blanchard	Fabrice	09/12/1931	Arras	131126229209624	blanchard256@free.fr	0988417894	142 impasse Jules Ferry	83500	La Seyne-sur-Mer	\N	\N	
257	Mme	Schneider	Karine	04/07/2003	Auxerre	203078955938694	Karine.schneider257@hotmail.com	06 26 74 76 44	36 rue du Château	93200	Saint-Denis	\N	\N	pièce d'identité manquante
258	M.	Sanchez	Samuel	21/04/1955	Bobigny	1 55 04 93 261 222 45	samuel_sanchez_258@outlook.fr	+33699159783	2 rue de Strasbourg	97430	Le Tampon	FR7630003183285176777993348	\N	
259	Mme	Jacquet	Nadia	04/04/1991	\N	291046045182297	nadia.jacquet259@orange.fr	0740404032	51 impasse Nationale	54000	Nancy	\N	378282202667513	
260	Mme	Ferré	Louise	23/06/1939	Châteauroux	239063656452241	ferre260@bbox.fr	+33675809126	60 place de la Croix Rouge	76600	Le Havre	\N	\N	
261	Mme	Boyer	Renée	20/08/1956	Épinal	\N	boyer.renee261@outlook.fr	06 47 16 43 18	64 route Georges Clemenceau, Apt 16	29200	Brest	\N	5412 7542 8491 4689	
262	M.	Benali	Florian	28/09/1960	\N	160094140507719	florian.benali262@laposte.net	0727098370	48 résidence de la Mairie	94500	Champigny-sur-Marne	\N	\N	ligne 1\r\nligne 2
263	M.	Poulain	Thomas	26/11/1998	Angers	198114902873391	thomas.poulain263@yahoo.fr	\N	Résidence les Pins, 16 place Nationale	93150	Le Blanc-Mesnil	FR7618206343061752505457530	\N	contact par mail uniquement
264	Mme	Hamon	Jade	21/12/1953	Nice	2 53 12 06 374 685 75	jhamon264@laposte.net	0684979553	74 rue Alsace-Lorraine	93150	Le Blanc-Mesnil	\N	\N	
265	M.	Marchal	Fabrice	12/09/1987	\N	187092A57587684	fabricemarchal265@free.fr	06 78 46 20 34	91 place des Vignes	02100	Saint-Quentin	\N	\N	ligne 1\r\nligne 2
266	M.	Leroux	Ronan	29/08/1933	Nice	133080635125725	leroux.ronan.266@hotmail.fr	+33 4 96 12 33 28	10 résidence Marcel Pagnol	13200	Arles	\N	2221006084737564	
267	M.	Carpentier	Mickaël	28/10/1975	Rouen	\N	carpentier.mickael267@free.fr	0788330229	21 avenue Gambetta	21000	Dijon	\N	5355228052317085	copie sur \\\\srv-fichiers\\clients\\2022\\
268	M.	Poulain	Jean-François	24/09/1981	\N	\N	jean-francois.poulain268@free.fr	09.38.10.82.66	89 ter allée du 11 Novembre	23000	Guéret	\N	\N	parrainage
269	Mme	Bouchet	Morgane	09/05/1950	Tours	\N	bouchet.morgane269@gmail.com	0793200829	34 route Léon Blum	93300	Aubervilliers	\N	\N	
270	M.	Bernard	Enzo	20/02/1997	Tulle	197021921170696	enzo.bernard270@sfr.fr	04 89 25 63 35	6 square des Roses	38000	Grenoble	FR76 1027 8867 6621 4865 4040 963	\N	
271	Mlle	Muller	Marie	31/08/1980	Alençon	280086133149640	muller.271@aol.com	+33591632753	Résidence les Jardins, 58 avenue Louis Pasteur	59140	Dunkerque	\N	\N	client ravi 😀 !
272	Mme	Jean	Pauline	25/11/1995	Tarbes	295116538408209	paulinejean272@live.fr	06 17 86 59 07	68 impasse de la Liberté	44600	Saint-Nazaire	\N	\N	
273	M.	Lefèvre	Kévin	21/05/1998	Châteauroux	1 98 05 36 299 955 45	lefevre_273@aol.com	06 68 60 07 27	Résidence les Pins, 77 ter square des Lilas	08000	Charleville-Mézières	\N	\N	
274	Mme	Martinez	Sophie	07/08/2001	Toulon	201088311215444	smartinez274@hotmail.fr	0651423885	67 impasse du Port	92130	Issy-les-Moulineaux	\N	\N	
275	Mme	Cousin	Évelyne	16/08/1978	Albi	278088116219423	Evelyne.cousin275@bbox.fr	0671068849	7 impasse Carnot	97400	Saint-Denis	\N	\N	impayé 2022
253	M.	Chevalier	Yann	02/06/1989	Melun	1 89 06 77 540 850 30	yann_chevalier_253@hotmail.com	06 36 61 17 66	35 chemin de la République	20137	Porto-Vecchio	FR7612548031524435642025727	5136919545748516	RAS
8	Mme	Rey	   Ambre	   02/05/1990	Foix	290050920470050	ambre.rey8@hotmail.fr	+33 4 22 32 67 92	158  Rue Émile Zola	10000	Troyes	FR76 1820 6584 6014 1096 4201 931	\N	
276	M.	Lejeune	Mohamed	12/07/1943	Tours	143073746197992	mohamed.lejeune_276@yahoo.fr	07 06 62 52 93	10 cours des Lilas	93200	Saint-Denis	\N	\N	
277	M.	Roy	Xavier	24/06/2001	Nice	101060605398474	xavier_roy277@icloud.com	+33 6 92 47 90 20	13 chemin de Verdun	83500	La Seyne-sur-Mer	FR7630002418119492545247445	\N	devis envoyé le 03/02
278	Mlle	Roussel	Jessica	08/01/1932	Nevers	232015851964861	Roussel.278@yahoo.fr	0639976934	58 chemin Saint-Michel	93600	Aulnay-sous-Bois	\N	2301 2337 3883 2848	codeerreur 0x01
279	Mme	Hamon	Zoé	15/11/1995	Bourges	295111832939791	hamon.zoe279@icloud.com	01 41 56 81 88	64 résidence Émile Zola	63000	Clermont-Ferrand	\N	\N	
280	M.	Colin	Jean-Pierre	13/07/1994	Amiens	194078029343180	jean-pierre.colin280@live.fr	06 06 40 80 50	64 rue du Port	68000	Colmar	\N	4761730595294565	
281	M.	Fleury	Adrien	02/04/1929	Bordeaux	1 29 04 33 312 184 89	adrien.fleury281@bbox.fr	0033387026940	91 quai Pierre Curie, Apt 21	33700	Mérignac	\N	\N	
282	Mlle	Bailly	Juliette	13/11/1973	\N	273117107657767	juliettebailly282@free.fr	+33679809300	12 rue Gambetta	83000	Toulon	FR7630066900903282048483494	4347 6944 6273 8745	
283	Mlle	Gilbert	Andrée	07/11/1941	Marseille	2 41 11 13 312 856 13	agilbert.283@free.fr	06 83 22 23 33	11 cours Gambetta	69200	Vénissieux	\N	\N	ligne 1\r\nligne 2
284	M.	Bouchet	Bruno	05/10/1968	Le Puy-en-Velay	168104313146549	bruno.bouchet284@gmail.com	0682190868	110 allée Jean Jaurès	25000	Besançon	FR76 3000 4547 6380 2978 7304 066	\N	OK pour newsletter
285	Mme	Adam	Elodie	13/07/1979	Auch	279073233258261	elodie.adam285@outlook.fr	+33676213316	16 cours Émile Zola	95100	Argenteuil	\N	5555 5577 5654 5528	
286	Mme	Thomas	Claire	14/05/1950	\N	250053026887527	thomas.claire.286@aol.com	\N	1 rue de la République	97300	Cayenne	\N	\N	
287	M.	Langlois	Anthony	13/04/1929	Épinal	1 29 04 88 510 837 62	anthony.langlois287@gmail.com	06.66.83.93.67	96 rue Aristide Briand	59100	Roubaix	FR7630003740696707438131792	4347698471938469	
288	Mme	Hervé	Jeanne	05/09/2002	\N	202096058291332	herve288@bbox.fr	0615802799	31 ter avenue de la Croix Rouge	36000	Châteauroux	\N	\N	devis envoyé le 03/02
289	Mlle	Lopez	Suzanne	09/01/1995	\N	295013705127424	suzanne.lopez289@sfr.fr	06 01 89 78 28	29 impasse des Fleurs	93300	Aubervilliers	\N	\N	ne pas démarcher
290	M.	Thébault	Corentin	09/11/1949	Châteauroux	149113649598725	corentin.thebault290@gmail.com	0619849206	97 boulevard de la Liberté	14000	Caen	FR7620041335315536123184103	\N	Message du client :\nveut parler au responsable\nvoir dossier, écrit "urgent !"
291	M.	Vincent	Loïc	19/10/1932	Saint-Étienne	1 32 10 42 261 598 38	vincent291@gmail.com	+33301399541	28 quai de la Gare	54000	Nancy	FR7630066106417804994871550	\N	
292	Mme	N'Diaye	Josette	07/08/1934	Marseille	2 34 08 13 054 913 37	ndiaye.josette292@icloud.com	\N	11 cours de la Liberté	63000	Clermont-Ferrand	FR76 1695 8376 4467 8557 1393 643	\N	
293	Mme	Bouchet	Romane	11/07/1962	Châlons-en-Champagne	262075116908941	romane_bouchet293@gmail.com	06 39 91 90 07	27 square de Bretagne	83500	La Seyne-sur-Mer	\N	\N	
294	M.	Weber	Gérard	21/07/2000	\N	100077527700405	gerard.weber294@icloud.com	06 72 17 39 11	22 résidence des Fleurs	97200	Fort-de-France	FR7630066609737206943016350	\N	dossier complet
295	M.	Philippe	Guy	28/07/1942	Montauban	142078217442539	guyphilippe295@bbox.fr	0385146685	4 ter rue Jean Jaurès	20137	Porto-Vecchio	\N	2599 8817 2278 0422	
296	M.	Picard	Xavier	19/07/1996	Orléans	196074515406333	xpicard296@neuf.fr	+33 6 34 54 48 61	24 boulevard de la Croix Rouge	14000	Caen	\N	\N	
297	Mme	Simon	Marguerite	30/04/1969	Troyes	269041056831507	marguerite.simon297@laposte.net	0033449808593	32 rue Voltaire	56000	Vannes	FR76 1027 8503 2858 1241 4382 719	\N	
298	M.	Joly	Joseph	14/06/1971	\N	171064407699657	joly.joseph298@orange.fr	0605467247	74 rue des Roses	44600	Saint-Nazaire	\N	\N	
299	M.	Morel	Florian	18/05/1990	\N	\N	florian.morel299@hotmail.com	+33695237828	7 avenue du Port	22000	Saint-Brieuc	FR7610107541947534679210419	\N	client fidèle
126	Mme	Pasquier	Isabelle	02/08/1947	Nantes	2 47 08 44 596 032 62	Ipasquier126@gmail.com	\N	2 alléE  des tiLleuls	 68000 	COLMAR  	\N	\N	
300	M.	Julien	Olivier	03/03/1966	\N	166031212617947	olivierjulien300@hotmail.fr	0754893530	23 square Émile Zola	92400	Courbevoie	FR7610278862303321279136422	\N	copie sur \\\\srv-fichiers\\clients\\2022\\
301	Mme	Gaillard	Solène	30/07/1949	Lons-le-Saunier	249073922847609	gaillard.solene_301@gmail.com	06 88 61 43 78	66 résidence du Château	83400	Hyères	FR7610278258968023130939131	2221006090979473	changement de RIB demandé
90	M.	Da Silva	Élie	18/05/2003	Grenoble	103053858035814	Eliedasilva90@live.fr	02.23.53.76.95	89 rue Pasteur	23000	Guéret	\N	\N	
302	M.	Pierre	Mathieu	15/11/1950	\N	150110608696283	mathieu_pierre.302@live.fr	0610009347	83 route Jean Moulin	20260	Calvi	FR7618206041499573534088348	4929 4022 0910 0989	codeerreur 0x01
303	M.	Gautier	Noé	21/09/1950	Bobigny	150099332270792	ngautier303@sfr.fr	06 88 12 61 30	72 cours Aristide Briand	92300	Levallois-Perret	FR76 1820 6592 5470 4779 3675 675	2234569434586556	
304	M.	Bertrand	Cédric	01/11/2002	Bar-le-Duc	1 02 11 55 239 565 23	cedric.bertrand304@live.fr	0613529154	16 chemin Alsace-Lorraine	93160	Noisy-le-Grand	FR76 3000 3762 5481 0163 8314 232	4023600323661365	
305	Mme	Charpentier	Marguerite	13/07/1937	Belfort	2 37 07 90 313 543 95	Charpentier.marguerite305@hotmail.fr	0033546645749	126 quai du Général de Gaulle	14000	Caen	\N	4761738664190622	ancien client
306	M.	Michel	Frédéric	26/01/1973	Bourges	\N	michel306@free.fr	06.07.36.85.85	80 boulevard Carnot	56000	Vannes	FR7611315117287269500036619	\N	a déménagé
307	Mme	Millet	Juliette	20/10/1962	Limoges	262108716376180	millet.juliette307@orange.fr	\N	123 avenue Louis Pasteur	94400	Vitry-sur-Seine	FR7612548270462351737183748	\N	
131	Mlle	Faure	Agathe	22/02/1957	Moulins	257020340283472	faure.agathe_131@outlook.fr	0770119925	36 place de Bretagne	92100	Boulogne-Billancourt	\N	\N	
308	Mme	Germain	Stéphanie	07/08/1951	\N	251085209600827	stephanie.germain308@free.fr	0033603978127	23 rue Carnot	59100	Roubaix	\N	\N	
309	Mlle	Giraud	Maïwenn	05/07/1989	\N	289071119289350	maiwenngiraud309@sfr.fr	\N	4 résidence Marie Curie	33600	Pessac	FR76 3000 3608 6209 5960 3633 782	\N	
310	Mme	Leroux	Virginie	25/10/1963	Rodez	263101220041729	vleroux_310@bbox.fr	0033770312204	48 rue Jean Jaurès	14000	Caen	\N	4556 7391 2070 5721	
311	M.	Renault	Adam	12/09/1953	Foix	153090939659508	adam.renault.311@laposte.net	+33 7 78 06 86 98	83 place Jean Jaurès	20200	Bastia	FR7611315914448473648485590	4347695170330741	
312	M.	Deschamps	Alexandre	10/06/1953	Quimper	153062910814472	alexandre_deschamps312@gmail.com	+33631892053	128 impasse du Général de Gaulle	86000	Poitiers	\N	\N	OK pour newsletter
313	Mlle	D'Almeida	Héloïse	20/04/1984	Quimper	284042918557793	heloise.dalmeida313@gmail.com	0724168291	Résidence du Parc, 1 cours des Fleurs	35000	Rennes	\N	4347696414680289	
314	Mme	Perrier	Christiane	04/06/1972	\N	2 72 06 22 352 394 52	cperrier_314@free.fr	06 99 46 53 96	4 ter rue Marcel Pagnol	37000	Tours	FR76 2004 1157 2254 4938 3681 043	\N	
315	Mme	Bourgeois	Anne	31/05/1996	\N	296050657436434	bourgeois315@wanadoo.fr	0632414913	90 square Aristide Briand	83400	Hyères	FR7611315086859655569020035	\N	
316	Mme	Robin	Océane	01/12/1988	\N	288126548211415	robin.oceane316@gmail.com	0033266988778	3 avenue du 11 Novembre	83400	Hyères	\N	\N	
317	Mlle	Dupont	Maïwenn	29/07/1942	Mende	242074852771716	maiwenn.dupont317@free.fr	0518966072	26 rue Marie Curie	35400	Saint-Malo	FR7610278066647689189462441	4974014258949978	
208	Mme	Chevallier	Évelyne	09/11/1962  	Vannes	262115653420163	chevallier208@live.fr	0033736754687	   84 boulevard émile zola  	93600  	Aulnay-sous-Bois	FR7630002327708025241723222	\N	
318	Mme	Barré	Corinne	30/07/1929	Dijon	2 29 07 21 048 287 80	cbarre.318@laposte.net	0638355423	8 rue Paul Bert	34000	Montpellier	\N	\N	Carte vitale à jour
319	M.	Klein	Raphaël	10/04/2003	\N	1 03 04 81 287 368 51	raphael.klein319@gmail.com	06 00 84 49 00	32 square des Peupliers	69100	Villeurbanne	\N	\N	
320	Mme	Collet	Charlotte	24/03/1933	\N	233036202181661	collet.charlotte320@sfr.fr	0700272869	1 rue de Verdun	97139	Les Abymes	\N	4658585049338111	ne pas démarcher
321	Mme	Lagarde	Sylvie	04/03/1943	Angers	\N	sylvie.lagarde321@hotmail.fr	01 71 60 42 92	98 square de la Liberté	69100	Villeurbanne	\N	\N	
322	Mme	Haddad	Julie	04/07/1968	Limoges	268078757875501	julie_haddad322@outlook.fr	03 17 00 79 80	21 rue Émile Zola	93300	Aubervilliers	FR76 1010 7047 7744 2572 5188 861	\N	
323	Mlle	Bourgeois	Noémie	11/12/2001	\N	201125030053324	bourgeois323@bbox.fr	0601914132	42 rue Émile Zola	76600	Le Havre	\N	\N	
324	M.	Brun	Yves	27/10/1934	Angoulême	134101657823234	Yvesbrun324@free.fr	0033787246570	45 quai des Fleurs	92000	Nanterre	\N	\N	
325	Mme	Bénard	Louna	21/01/1929	Angers	229014908682473	louna_benard_325@wanadoo.fr	0137599802	53 avenue des Écoles	61000	Alençon	FR76 1131 5182 4539 2453 8256 529	\N	
326	Mme	Fontaine	Ophélie	12/11/1943	\N	\N	fontaine_326@aol.com	07 24 40 39 05	43 quai de Bretagne, Apt 8	10000	Troyes	\N	\N	Carte vitale à jour
327	M.	Ferré	Christian	16/02/1997	Dijon	197022150152508	christianferre327@bbox.fr	06 42 10 60 31	47 allée Paul Bert	94400	Vitry-sur-Seine	FR76 1131 5595 2913 0508 3241 157	\N	relancer en janvier
328	M.	Olivier	Philippe	12/03/1986	Châlons-en-Champagne	1 86 03 51 240 037 71	philippe.olivier328@outlook.fr	07 35 64 61 72	24 chemin des Acacias	92130	Issy-les-Moulineaux	\N	\N	
329	M.	D'Almeida	Gabriel	10/04/1946	Nîmes	146043011108237	gabriel.dalmeida329@bbox.fr	01 05 76 89 23	16 avenue Albert Camus	93200	Saint-Denis	FR7630066200194906329022091	\N	
330	M.	Gay	Baptiste	07/04/1962	Tarbes	162046519109764	gay.baptiste330@hotmail.com	0493515944	43 boulevard de Verdun	97600	Mamoudzou	\N	349876903430778	
331	Mme	Le Bihan	Léa	17/02/1933	Perpignan	233026641162667	lebihan331@aol.com	\N	11 boulevard Jules Ferry	83500	La Seyne-sur-Mer	FR7630002116684184981215771	5223 7197 1236 0507	
332	Mlle	Lefèvre	Christiane	22/12/1990	Limoges	290128750583348	christiane.lefevre332@live.fr	+33988855262	39 square de la Paix	59200	Tourcoing	FR7610278930873451263313110	\N	import\tcolonne décalée
333	M.	Guyot	Roger	15/07/1990	Angoulême	190071621026997	Guyot333@free.fr	07 15 94 92 20	62 square des Fleurs	33600	Pessac	FR7630004028056739719434224	\N	copie sur \\\\srv-fichiers\\clients\\2022\\
334	M.	Barré	Frédéric	06/01/1977	\N	1 77 01 29 418 264 66	fbarre334@hotmail.fr	+33631842491	133 place des Acacias	97430	Le Tampon	FR7611315962087447702990950	4974 0186 1938 2290	
209	Mme	Carré	Zoé	08/09/1968	\N	268098005574217	carre.209@aol.com	0033301363041	50 allée Gambetta	21000	Dijon	\N	\N	
335	Mlle	Pierre	Yasmine	15/09/1976	Moulins	276090333288244	yasminepierre_335@sfr.fr	0716440815	96 résidence Marie Curie, Apt 24	73000	Chambéry	\N	\N	RAS
336	M.	Mallet	Cyril	27/06/1999	Épinal	199068847269679	cyril.mallet336@hotmail.fr	+33147969827	48 boulevard de l'Église	33700	Mérignac	\N	\N	parrainage
337	M.	Hubert	Sébastien	02/11/1975	Limoges	1 75 11 87 221 953 02	sebastien_hubert337@orange.fr	0033168081006	8 quai Jean Jaurès	92000	Nanterre	FR76 1380 7128 8975 6151 8613 248	\N	
338	M.	Maillard	Thierry	20/03/1940	\N	1 40 03 70 109 495 46	maillard.thierry.338@free.fr	0643479511	29 chemin de l'Église	68000	Colmar	FR76 3006 6972 1634 8239 2721 356	\N	ne pas démarcher
339	M.	Julien	Robert	16/03/1979	Aurillac	179031552784816	robert.julien339@free.fr	07 35 65 70 82	111 résidence du 11 Novembre	71000	Mâcon	\N	\N	
340	M.	Lambert	Cédric	14/03/1994	Évreux	\N	clambert340@neuf.fr	0033627733261	47 rue Gambetta	54000	Nancy	\N	\N	
341	Mlle	François	Mélanie	01/06/1991	Vesoul	2 91 06 70 083 428 41	melanie.francois341@gmail.com	0257792144	31 place Marcel Pagnol	06600	Antibes	\N	\N	
342	M.	Guillot	Robert	01/09/1933	Nantes	1 33 09 44 412 037 24	guillot342@hotmail.fr	06 37 86 77 29	1 impasse du Lavoir, Bât. B	37000	Tours	\N	\N	
192	M.	Robert	Jérôme	08/12/1988	Bobigny	188129331252323	robert192@yahoo.fr	   +33 6 06 37 48 77  	30 avenue Carnot	44000	Nantes	\N	\N	
343	M.	Roussel	Noël	13/07/1993	Besançon	193072557251052	noel.roussel343@gmail.com	0641705291	86 avenue des Fleurs	97430	Le Tampon	\N	\N	
344	M.	Roger	Jean-Pierre	04/08/1984	Nice	184080608223490	roger344@gmail.com	06 16 12 17 47	1 route de Paris	56000	Vannes	FR7630002160225410377385336	\N	
345	Mme	Fernandez	Agathe	07/04/1976	Mamoudzou	276049760490411	afernandez345@gmail.com	06 32 49 22 86	35 chemin Aristide Briand	83000	Toulon	FR76 1254 8622 1686 6730 3923 401	\N	
346	Mme	Sanchez	Mireille	04/04/1961	\N	261041231451604	Mireille_sanchez346@aol.com	+33187337746	88 ter place de Paris	27000	Évreux	FR7630003475779644722164111	\N	
347	M.	Antoine	Claude	18/06/1956	Angers	156064919880105	claude.antoine_347@orange.fr	06 07 63 91 80	Résidence Bellevue, 4 route Victor Hugo	18000	Bourges	\N	\N	
348	M.	Simon	Gérard	29/09/1960	Limoges	1 60 09 87 310 948 77	gsimon348@hotmail.fr	0679896849	8 rue des Écoles	08000	Charleville-Mézières	\N	\N	
349	M.	Dupont	Lucas	26/02/1987	Bar-le-Duc	\N	lucas.dupont349@outlook.fr	01 03 62 76 89	55 quai Foch	93200	Saint-Denis	\N	\N	
350	Mme	Ménard	Jade	17/09/1987	\N	287099150141493	jade.menard350@aol.com	07 27 25 24 29	23 avenue Georges Clemenceau, Bât. B	13003	Marseille	FR76 1820 6763 6068 7352 1970 695	\N	
194	M.	Antoine	Serge	28/07/1962  	Saint-Lô	162075025277447   	serge_antoine194@wanadoo.fr	07 47 94 28 33	54 square Pierre Curie, Bât. B	45000	Orléans	\N	\N	
351	M.	Collin	Anthony	10/04/1950	\N	150047558587902	collin351@gmail.com	06 21 54 80 43	45 rue du Lavoir	92130	Issy-les-Moulineaux	FR76 1010 7255 7352 4840 8991 719	\N	
352	Mme	Reynaud	Mila	15/01/1965	Épinal	265018845913346	mila.reynaud352@free.fr	+33796573781	25 rue des Peupliers	13100	Aix-en-Provence	FR76 1131 5030 7148 1353 0267 889	4347 6950 8829 3320	client depuis 2015
353	Mme	Gautier	Louise	16/03/1979	Blois	279034144667326	louise.gautier353@orange.fr	+33200951163	22 rue des Peupliers	61000	Alençon	FR7630066216681222896792705	\N	réponse : "oui" (sic)
354	Mme	Roussel	Monique	14/03/1980	Rodez	280031258776032	roussel.monique354@hotmail.fr	0033636487338	78 ter rue de la République	57000	Metz	FR76 1131 5596 6428 2297 9587 252	\N	
355	Mme	Garnier	Elodie	04/02/1948	Auxerre	248028959816066	egarnier355@sfr.fr	06 28 02 53 25	87 boulevard Carnot	38000	Grenoble	\N	4147 2088 2978 0886	
356	Mme	Daniel	Léonie	11/06/1948	Saint-Brieuc	248062225684667	ldaniel356@live.fr	06 01 55 26 72	11 impasse Jean Moulin	86000	Poitiers	\N	\N	
357	M.	Antoine	Mehdi	02/03/1972	Digne-les-Bains	172030444772377	mehdi.antoine.357@bbox.fr	0635081200	10 quai Nationale	92700	Colombes	\N	\N	
358	Mme	Rivière	Camille	12/08/1960	Grenoble	2 60 08 38 129 311 29	camilleriviere358@aol.com	04 97 56 24 37	26 avenue Nationale	93200	Saint-Denis	\N	4974018470533247	résiliation demandée
359	M.	Benoît	Patrick	31/03/1954	Auch	1 54 03 32 032 165 19	pbenoit359@yahoo.fr	06 22 33 50 94	6 avenue de la Liberté	83400	Hyères	FR76 3000 3510 5745 2380 0522 442	\N	devis envoyé le 03/02
360	M.	Fernandez	Jean-Luc	06/04/1985	Tarbes	185046537855052	fernandez.jean-luc360@live.fr	+33720911612	78 allée de Bretagne	69100	Villeurbanne	FR76 1820 6346 2014 4606 6163 804	\N	
361	M.	Picard	Jérémy	24/08/1971	Clermont-Ferrand	171086347823712	picard361@gmail.com	+33632717972	4 impasse de Verdun	16000	Angoulême	\N	\N	litige en cours
362	M.	Lemaire	Léo	17/12/1929	\N	\N	leo.lemaire362@hotmail.fr	0661076530	32 résidence de Paris	93150	Le Blanc-Mesnil	FR76 1027 8212 2502 8204 5116 408	\N	copie sur \\\\srv-fichiers\\clients\\2022\\
363	M.	Blanc	Arnaud	24/09/1945	Rodez	1 45 09 12 470 633 01	Arnaud.blanc_363@hotmail.com	+33 7 69 87 03 53	109 rue Jean Jaurès	59100	Roubaix	\N	5555552829403789	
364	Mme	Roux	Marie	25/11/1954	Mâcon	254117122271272	marie.roux364@live.fr	06.80.52.29.93	5 cours Jean Moulin	87000	Limoges	\N	5412 7592 0821 8869	
365	Mme	Lambert	Béatrice	02/05/1950	Privas	250050744493456	beatrice_lambert365@free.fr	0260869189	31 résidence du Stade	83000	Toulon	\N	\N	
366	M.	Laporte	Karim	12/08/1934	Nice	134080631694349	karimlaporte366@hotmail.fr	05 21 04 45 73	Résidence du Parc, 2 cours du 8 Mai 1945	92600	Asnières-sur-Seine	\N	5136 9104 6343 7125	
367	Mme	Fernandez	Elodie	08/03/1930	\N	230033231988362	efernandez367@gmail.com	09.66.41.65.89	144 quai des Écoles	24000	Périgueux	FR7630004275411750552977429	2301239211035205	
368	M.	Lucas	Victor	23/01/1985	Saint-Étienne	185014256215064	victor.lucas368@laposte.net	06 00 33 88 27	64 bis rue de la Fontaine	92000	Nanterre	\N	4347695637072886	
369	M.	Dufour	Serge	01/11/1995	Quimper	1 95 11 29 541 481 93	serge.dufour_369@free.fr	02 45 69 12 33	38 cours du Château	83500	La Seyne-sur-Mer	\N	4023 6078 2105 3235	motif : \\n non interprété
370	Mme	Haddad	Marguerite	01/02/1995	Lyon	295026907695375	haddad.marguerite_370@bbox.fr	07 72 79 81 65	92 rue des Vignes, Apt 16	72000	Le Mans	FR7618206987922079029725135	\N	
371	Mme	Dubois	Claire	22/07/1995	Charleville-Mézières	2 95 07 08 077 402 92	claire.dubois371@aol.com	0610022634	45 rue Alsace-Lorraine	26000	Valence	FR7616958744264589204978160	4147 2060 8285 3358	
372	Mme	Gaillard	Renée	26/06/1979	Laon	279060213803247	gaillard.renee.372@hotmail.com	\N	114 quai de la Croix Rouge	27000	Évreux	FR7610107530372482537321993	\N	
373	Mme	Poirier	Héloïse	29/02/1980	Châteauroux	280023621027112	heloise.poirier373@neuf.fr	06.95.84.55.08	37 avenue de Strasbourg	13100	Aix-en-Provence	FR76 1820 6073 4291 0289 3652 636	\N	
374	Mlle	Bouvier	Séverine	04/02/1961	Chartres	261022855871869	severine.bouvier374@hotmail.com	0033627081451	18 avenue des Lilas	68100	Mulhouse	\N	\N	
375	M.	Poirier	Samuel	31/10/1962	Pau	162106452230837	samuel.poirier.375@gmail.com	06.59.78.41.90	20 quai de la Mairie	61000	Alençon	FR7618206484120250861160229	\N	
376	M.	Boucher	René	02/05/1943	Montauban	\N	boucher376@wanadoo.fr	04 30 22 88 25	3 quai du Château	63000	Clermont-Ferrand	FR7612548099110020193532193	\N	\\
126	Mme	Pasquier	Isabelle	02/08/1947	Nantes	2 47 08 44 596 032 62	Ipasquier126@gmail.com	\N	2 allée des Tilleuls	68000	Colmar	\N	\N	
377	Mme	Gaillard	Mireille	31/07/1968	Châteauroux	268073644219009	mireille.gaillard377@bbox.fr	0624389156	29 ter chemin Jean Jaurès	97110	Pointe-à-Pitre	\N	\N	à l'attention de M. O'Neil, s'il vous plaît
378	M.	André	Stéphane	10/03/1936	Bourg-en-Bresse	136030151015419	Stephane.andre378@orange.fr	0626379281	69 rue de Paris	24000	Périgueux	FR76 3000 4329 6243 0905 0380 730	\N	
379	M.	Le Gall	Quentin	26/11/1946	Le Mans	146117225447258	quentin.legall379@free.fr	0683991543	54 avenue de Strasbourg	86000	Poitiers	FR7630002271834318049023927	\N	doublon possible
380	M.	Humbert	Adam	29/03/2005	Amiens	105038056274567	adam.humbert.380@live.fr	06 31 15 68 44	6 rue Louis Pasteur	33000	Bordeaux	FR7620041472432826544911826	\N	rappeler après 18h
381	Mme	Pasquier	Anne	04/06/1980	Chambéry	280067327421328	Anne.pasquier381@wanadoo.fr	\N	50 impasse Léon Blum	44600	Saint-Nazaire	\N	\N	client fidèle
382	Mme	Blanchard	Maïwenn	05/10/1942	Chambéry	242107329912333	mblanchard382@orange.fr	0738160612	22 boulevard Saint-Michel	97460	Saint-Paul	\N	\N	
383	M.	Hamon	Victor	22/05/1993	Bar-le-Duc	193055559376571	victor.hamon_383@orange.fr	0033698243650	21 quai Georges Clemenceau	92600	Asnières-sur-Seine	\N	\N	
384	Mlle	Philippe	Jessica	25/09/1935	\N	235091106903204	jessica.philippe384@hotmail.fr	0490235605	7 rue du 8 Mai 1945	93150	Le Blanc-Mesnil	\N	\N	
243	M.	Nicolas	Hugo	30/09/1943	Charleville-Mézières	143090820900235 	hugonicolas243@neuf.fr	+33695943637	56 boulevard Léon Blum	29200   	Brest	\N	\N	
385	M.	De Oliveira	Christophe	25/08/1998	\N	198083818118086	christophedeoliveira385@bbox.fr	09 04 48 98 54	5 avenue Foch	10000	Troyes	FR7610107001193426248114874	\N	
386	Mme	Guichard	Stéphanie	18/08/1947	Rennes	247083542210619	stephanieguichard386@gmail.com	+33137272140	53 bis rue du Château	30000	Nîmes	\N	2221 0010 6446 4370	
387	Mme	Guillot	Monique	17/06/2001	Montpellier	2 01 06 34 302 201 50	monique.guillot387@wanadoo.fr	0641311262	8 rue du Stade	95200	Sarcelles	\N	\N	
317	Mlle	Dupont	Maïwenn	29/07/1942	Mende	242074852771716	maiwenn.dupont317@free.fr	0518966072	26 rue Marie Curie	35400	Saint-Malo	FR7610278066647689189462441	4974014258949978	
388	M.	Arnaud	Ethan	11/03/1949	Besançon	149032541843153	ethanarnaud388@free.fr	06 01 74 29 77	Résidence les Pins, 26 rue du Général de Gaulle	20260	Calvi	FR7616958044970333711504260	\N	tél. : voir fiche
389	M.	Aubert	Cyril	26/08/1956	Strasbourg	156086714671731	caubert389@hotmail.com	0033206402464	68 impasse Foch	59140	Dunkerque	\N	\N	relancer en janvier
390	M.	Charles	Nicolas	14/03/1962	Alençon	162036109060955	nicolas.charles390@free.fr	02 48 95 99 63	17 impasse Foch	97300	Cayenne	\N	\N	
391	Mme	Le Roux	Anaïs	18/11/1943	Tours	243113708332374	anais_leroux391@hotmail.fr	0033714557379	9 résidence des Vignes	13100	Aix-en-Provence	\N	\N	
392	Mlle	Guillaume	Romane	16/03/1929	Lille	229035951195054	romaneguillaume392@hotmail.fr	06 88 22 33 11	36 route Carnot	33600	Pessac	\N	\N	
393	Mme	Chauvin	Marie	09/08/1942	Limoges	\N	marie.chauvin393@laposte.net	06 28 49 71 97	46 rue Nationale	86000	Poitiers	\N	\N	Carte vitale à jour
394	M.	Denis	Mickaël	21/01/1987	Limoges	\N	mickael.denis394@orange.fr	+33267522318	14 place du Général de Gaulle	93200	Saint-Denis	FR7630003702802545787335165	\N	
200	M.	Blanchard	Alain	06/05/1988	Angoulême	188051643489988	ALAIN.BLANCHARD200@HOTMAIL.FR	+33619583364	48 rue Nationale	02100 	  Saint-Quentin    	\N	2599 8872 5103 1764	
395	M.	Lemaire	Olivier	06/07/1990	Orléans	1 90 07 45 097 116 44	olivierlemaire.395@icloud.com	+33 2 95 55 77 19	2 impasse Aristide Briand	94000	Créteil	\N	\N	
396	Mme	Perrin	Josette	05/04/1966	\N	266042516892086	jperrin396@hotmail.fr	02 73 52 70 46	21 avenue de Paris	93300	Aubervilliers	FR76 3000 2545 1146 2553 8733 996	\N	
397	Mme	Daniel	Marie	19/02/2003	Le Puy-en-Velay	203024347632326	mariedaniel397@hotmail.fr	0206415929	49 rue Nationale	83500	La Seyne-sur-Mer	\N	\N	
398	M.	Boulanger	Julien	09/01/1981	Saint-Étienne	181014212338206	julien.boulanger398@yahoo.fr	0239239774	45 résidence de la Fontaine	35400	Saint-Malo	FR76 1010 7578 6283 1462 7066 554	4347 6905 3762 5776	
399	Mme	Rolland	Caroline	04/03/1953	Périgueux	253032400933773	rolland.caroline399@aol.com	\N	130 rue Léon Blum	92000	Nanterre	\N	\N	NPAI
400	M.	Tessier	Élie	13/12/1984	Rouen	184127659348744	Tessier400@aol.com	0033697978898	44 avenue du Moulin	02100	Saint-Quentin	\N	\N	
307	Mme	Millet	juliette	20/10/1962	Limoges	262108716376180	millet.juliette307@orange.Fr    	\N	123 avenue Louis Pasteur	94400	Vitry-sur-Seine    	FR7612548270462351737183748	\N	
401	Mme	Bouchet	Ginette	07/10/1996	Toulon	2 96 10 83 342 423 86	gbouchet.401@orange.fr	+33778202043	115 chemin Marcel Pagnol	97200	Fort-de-France	FR76 1131 5896 9972 2776 9770 664	\N	
402	Mme	Da Silva	Cindy	14/08/1960	Nanterre	260089254077239	cindy_dasilva402@icloud.com	09 50 21 41 37	161 impasse Georges Clemenceau	93300	Aubervilliers	\N	\N	devis envoyé le 03/02
403	M.	Étienne	Serge	23/06/1934	Lons-le-Saunier	134063949779948	serge_etienne403@icloud.com	+33 7 08 13 03 55	1 quai Paul Bert	31000	Toulouse	FR7618206952931286781146406	4023 6090 8440 5581	
404	M.	Girard	Louis	29/09/1961	Strasbourg	1 61 09 67 549 403 54	louis.girard404@aol.com	06 24 57 34 67	44 rue Louis Pasteur	68100	Mulhouse	\N	\N	RAS
405	M.	Delaunay	Jean-Pierre	13/09/1978	Amiens	178098044126715	delaunay405@icloud.com	+33328239325	12 ter boulevard des Peupliers	49300	Cholet	\N	5223711808784823	
406	Mlle	Barbier	Mélissa	02/04/2003	Pau	203046446904972	melissa.barbier406@icloud.com	06 63 60 09 58	44 rue Aristide Briand	06000	Nice	\N	\N	
407	Mme	Joly	Lucie	16/03/1948	\N	2 48 03 63 598 786 61	luciejoly.407@wanadoo.fr	0033413707612	54 boulevard des Vignes	64000	Pau	\N	4929407309997135	
408	Mme	Huet	Agnès	30/11/1954	Lille	254115933540430	huet.agnes408@outlook.fr	0748805797	4 rue du Château	64100	Bayonne	\N	\N	
409	Mme	François	Patricia	04/05/1971	\N	271057516341139	pfrancois409@yahoo.fr	0568387182	64 square de la Mairie	73000	Chambéry	FR7613807747738819069096853	\N	
410	Mme	Ollivier	Christine	02/05/1966	Rennes	2 66 05 35 316 421 62	collivier410@sfr.fr	0690546391	5 boulevard des Vignes	95200	Sarcelles	\N	\N	
411	Mme	Louis	Jeanne	02/04/1945	\N	245049051926756	jeanne_louis411@neuf.fr	06 52 02 97 57	15 chemin des Vignes	62100	Calais	\N	\N	prélèvement refusé
412	Mlle	Louis	Clémence	28/10/1989	Belfort	289109045384478	clemence.louis_412@icloud.com	0609425266	83 chemin des Vignes	92130	Issy-les-Moulineaux	FR7630066013518517615773985	\N	litige en cours
413	Mme	Legrand	Solène	26/10/1961	Grenoble	261103824088486	legrand.solene413@laposte.net	0033524128618	48 rue de la Fontaine	76600	Le Havre	\N	\N	contact par mail uniquement
414	Mme	De Oliveira	Chantal	04/11/1947	Pau	247116453446725	chantal_deoliveira414@laposte.net	0702466123	103 rue du Moulin	35400	Saint-Malo	\N	\N	dossier complet
415	Mme	Fabre	Aïcha	25/02/1957	Laval	257025334796745	fabre.aicha415@hotmail.fr	+33617117248	87 square Paul Bert	49300	Cholet	\N	3400 004061 55514	
416	Mme	Cordier	Marie-Christine	28/07/2003	Clermont-Ferrand	203076307885414	marie-christine_cordier416@gmail.com	+33 1 74 68 41 13	5 rue Voltaire, Apt 16	93200	Saint-Denis	\N	\N	VIP
417	M.	Tessier	Roger	07/10/1993	Tours	193103718885191	Roger_tessier417@yahoo.fr	+33 7 02 99 65 23	70 ter rue Louis Pasteur	33600	Pessac	FR76 1820 6875 9867 9719 6604 255	\N	
418	Mme	Breton	Chantal	01/09/1949	Metz	\N	chantal.breton418@free.fr	+33 6 97 71 76 48	7 rue des Tilleuls, Bât. B	59140	Dunkerque	FR7613807417147222883615455	\N	
419	Mme	Berger	Cindy	21/12/1933	Le Mans	233127217130322	Berger.cindy419@outlook.fr	0631388846	23 place Jean Moulin	87000	Limoges	FR7616958411804486626230559	\N	
420	Mme	Julien	Nicole	11/05/1980	Auch	280053201024583	nicole.julien420@neuf.fr	0644297092	24 route Carnot	08000	Charleville-Mézières	\N	\N	
421	Mme	Simon	Hélène	07/10/1980	Besançon	2 80 10 25 397 619 08	helene.simon421@gmail.com	09 66 75 29 50	30 rue Nationale	06400	Cannes	FR02 1027 8236 9692 7806 3742 993	\N	
75	Mme	Robert	Colette	22/09/1966	Versailles	266097843082390	Crobert_75@outlook.fr	+33670919277	73 avenue Émile Zola	92300	Levallois-Perret	FR76 1380 7707 9440 5204 0485 463	\N	
422	M.	Tessier	Daniel	18/01/1945	Avignon	145018417795196	Danieltessier422@neuf.fr	\N	126 place Paul Bert	75006	Paris	\N	\N	
423	M.	Lefèvre	Samuel	11/08/1963	Troyes	163081012323274	Samuel.lefevre423@bbox.fr	0582337149	71 rue Paul Bert	94100	Saint-Maur-des-Fossés	\N	\N	
424	Mme	Bailly	Marie	22/11/1967	Rodez	2 67 11 12 101 806 05	mbailly424@aol.com	+33676302927	125 quai de Bretagne	93200	Saint-Denis	FR7620041130761679555422028	4974 0193 9530 3526	à relancer, urgent
425	M.	Gillet	Sébastien	27/03/1985	Périgueux	\N	sebastiengillet425@aol.com	06.74.98.12.81	23 quai des Roses	74000	Annecy	FR76 2004 1706 4143 8870 5529 688	\N	contact par mail uniquement
426	M.	Giraud	Adam	06/06/1949	Chartres	149062830716230	giraud426@gmail.com	06 66 10 58 46	7 impasse de la Croix Rouge	93100	Montreuil	FR7613807739126295230323254	\N	
427	M.	Weber	Jérôme	06/11/1952	Auxerre	152118916517937	jerome.weber427@orange.fr	06 77 17 56 42	45 boulevard de l'Église	30000	Nîmes	\N	4658 5890 4104 6367	NPAI
428	M.	Barthélémy	Quentin	22/06/1977	\N	177063354965978	quentinbarthelemy428@gmail.com	0695043248	37 rue Victor Hugo	42000	Saint-Étienne	\N	5555556030738925	
429	M.	Morel	Karim	15/10/1946	Agen	1 46 10 47 256 174 82	morel429@orange.fr	09.08.51.88.30	8 résidence des Lilas	31000	Toulouse	\N	\N	
430	Mme	Guillot	Aïcha	04/07/2002	\N	202077040346420	aicha.guillot430@gmail.com	+33 4 11 14 57 75	17 ter route Jean Jaurès	49300	Cholet	\N	\N	parrainage
431	Mme	Gillet	Capucine	18/06/1978	Niort	278067945220762	capucinegillet431@wanadoo.fr	06 13 66 06 15	40 rue Jules Ferry	59140	Dunkerque	\N	\N	
432	Mme	Barré	Denise	11/01/1939	Aurillac	239011512134329	dbarre432@outlook.fr	0033651742756	42 avenue de la République	57000	Metz	\N	\N	copie sur \\\\srv-fichiers\\clients\\2022\\
433	Mme	André	Aurélie	22/11/1987	Gap	2 87 11 05 512 230 70	aurelie.andre433@icloud.com	06 53 85 67 68	10 rue de la Paix	25000	Besançon	\N	\N	
434	Mme	Chénier	Léa	23/09/1981	Nanterre	281099225550088	lea.chenier434@live.fr	0694224052	5 rue Jean Jaurès	02100	Saint-Quentin	\N	\N	
435	M.	Fernandez	Lucien	23/05/1955	Vesoul	155057040410402	lucien.fernandez_435@gmail.com	\N	32 route Victor Hugo	59000	Lille	\N	\N	
436	M.	Dumont	Antoine	18/05/1951	Belfort	151059020689752	antoine.dumont436@gmail.com	07 96 87 82 01	39 rue de la Gare, Apt 41	82000	Montauban	FR76 1254 8882 3695 5708 8283 994	\N	
437	Mme	Ferré	Maëlle	03/12/1930	\N	230124252726537	maelle_ferre437@neuf.fr	+33653979936	139 chemin du Moulin	29000	Quimper	\N	\N	
438	M.	Fernandez	Clément	30/08/1937	Bobigny	137089345806588	clement.fernandez438@gmail.com	06 53 41 16 54	20 route Émile Zola	64100	Bayonne	\N	\N	
439	M.	Aubry	Sébastien	10/03/1957	Besançon	1 57 03 25 474 314 38	Sebastienaubry439@wanadoo.fr	0680612628	90 quai du Château	94400	Vitry-sur-Seine	FR76 1131 5132 3889 3970 8786 549	\N	prélèvement refusé
440	Mme	Noël	Françoise	06/09/1976	\N	2 76 09 56 162 426 95	noel.francoise440@aol.com	+33 6 88 23 09 54	82 boulevard Léon Blum	59140	Dunkerque	\N	\N	
441	M.	Girard	Léo	04/06/1986	Aurillac	186061558055573	leo.girard.441@orange.fr	0033613427249	12 quai du Moulin	73000	Chambéry	\N	\N	RAS
442	Mme	Duval	Aïcha	24/07/1980	Épinal	2 80 07 88 550 800 84	aicha.duval442@hotmail.fr	06 34 48 66 52	14 avenue du Château	13015	Marseille	\N	2710116263388192	
443	Mme	Dumont	Ambre	04/03/1938	\N	238034601881350	ambre_dumont443@live.fr	0601520902	74 rue de la Gare	97600	Mamoudzou	FR7630004226237046024848240	\N	
444	Mlle	Rémy	Stéphanie	05/06/1942	Carcassonne	242061129211122	stephanie.remy444@hotmail.fr	+33 9 08 20 02 15	26 route Jules Ferry, Apt 51	31000	Toulouse	FR7630002472195990945060029	340000108277830	
445	Mme	Guérin	Chloé	01/03/1973	\N	273030545825193	chloe.guerin.445@outlook.fr	+33383394619	132 route du 8 Mai 1945	33700	Mérignac	FR76 1254 8433 7945 1759 2772 870	\N	
446	Mme	Renard	Estelle	26/06/1957	Angoulême	257061637848281	estelle.renard446@yahoo.fr	06 81 80 11 26	56 rue Louis Pasteur	25000	Besançon	\N	\N	
146	M.	Daniel	Ronan	04/07/1960	Évreux	1 60 07 27 237 846 77	Ronan.daniel146@free.fr	\N	15 avenue des Vignes	59140	Dunkerque	FR76 3000 4795 2506 6726 0660 639	4147 2059 7492 1893	
447	Mme	Jacquet	Ginette	18/10/1957	Alençon	257106120471339	jacquet.ginette447@live.fr	0667386553	14 résidence Marcel Pagnol	67000	Strasbourg	FR76 1027 8127 1521 7451 5372 874	\N	
448	M.	Garnier	Claude	09/11/1957	Gap	1 57 11 05 147 091 69	claude.garnier448@hotmail.fr	06 23 95 48 18	9 place Georges Clemenceau	06000	Nice	FR7611315638633427444707389	\N	client depuis 2015
449	Mlle	Sauvage	Maëlle	23/08/1942	Tours	242083743989080	maelle.sauvage449@laposte.net	07 51 52 22 37	56 avenue Jean Jaurès	35000	Rennes	\N	\N	
450	M.	Aubry	Marius	18/01/1949	Annecy	1 49 01 74 483 276 07	marius.aubry450@hotmail.com	09 20 06 04 71	90 avenue du Moulin	59200	Tourcoing	\N	\N	
451	M.	Germain	Kévin	09/02/1956	Bar-le-Duc	156025548733712	germain.kevin451@wanadoo.fr	+33 7 81 31 83 92	9 cours des Lilas	71000	Mâcon	FR7618206475451619263178821	\N	
452	M.	Baron	Samuel	19/01/1950	Saint-Lô	150015029571485	Samuelbaron452@sfr.fr	06 50 26 66 38	32 square du Stade	18000	Bourges	FR7630003707551431989924711	\N	
453	M.	Vasseur	Jérôme	05/07/1962	Tours	162073757863569	jerome.vasseur453@free.fr	0659104893	2 chemin de l'Église	34500	Béziers	\N	2221 0085 9224 4422	
454	M.	Daniel	Arnaud	06/05/1958	Beauvais	158056026834089	daniel454@orange.fr	04 97 32 68 42	25 route des Lilas	49300	Cholet	FR7630002939716269695467148	\N	a déménagé
269	 Mme    	Bouchet	Morgane	09/05/1950	Tours	\N	bouchet.morgane269@gmail.com	0793200829	34 route Léon Blum	93300	Aubervilliers	\N	\N	
455	Mlle	Pelletier	Florence	08/04/1945	Troyes	245041018100409	Fpelletier.455@aol.com	\N	32 rue de la Mairie	92000	Nanterre	\N	4347690715755577	
456	M.	Pasquier	Michel	15/04/1942	Bastia	142042B09160411	michel.pasquier456@wanadoo.fr	0181652961	95 rue Marie Curie	59000	Lille	\N	\N	
457	Mme	Fournier	Noémie	27/06/1972	Agen	272064749068785	noemie_fournier.457@aol.com	07 30 97 74 14	38 allée Foch	95100	Argenteuil	FR76 3006 6580 3380 7643 5783 338	5223711176282855	
458	Mme	Monnier	Suzanne	08/12/1965	Foix	265120909873075	smonnier458@neuf.fr	06.34.00.21.60	42 rue Pasteur	30000	Nîmes	\N	\N	
459	M.	Charpentier	Sébastien	06/05/1947	Nevers	147055804664454	charpentier.sebastien459@sfr.fr	+33611663958	11 résidence du Lavoir	34200	Sète	FR76 3000 2367 5083 5651 6904 221	\N	
460	M.	Perrin	Arthur	18/09/1971	Carcassonne	\N	arthurperrin460@sfr.fr	06.35.02.80.89	30 square de la Paix	97460	Saint-Paul	\N	4347695633697322	
461	Mlle	Vincent	Lucienne	07/05/1996	La Roche-sur-Yon	296058502131290	lvincent461@gmail.com	0529644211	43 allée Gambetta	29200	Brest	FR76 3006 6994 6050 9965 1197 082	\N	
462	Mme	Garcia	Corinne	07/11/1969	Rodez	2 69 11 12 138 625 45	garcia.corinne462@gmail.com	06 50 37 72 09	36 résidence de l'Église	95000	Cergy	\N	4147201595194879	
463	M.	Martin	Alexandre	25/10/1996	\N	196104954411852	alexandre.martin463@neuf.fr	01 51 26 33 42	59 cours du Stade	92500	Rueil-Malmaison	\N	\N	
464	Mme	Sanchez	Patricia	23/01/1987	Beauvais	2 87 01 60 121 468 23	sanchez464@gmail.com	0615125896	58 quai des Lilas	30000	Nîmes	\N	\N	
465	Mme	Delaunay	Martine	28/05/2001	\N	201051322730135	Delaunay.465@live.fr	0685837977	70 boulevard Foch	95100	Argenteuil	\N	\N	a déménagé
466	M.	Marchal	Raphaël	01/04/1964	Vesoul	164047007278891	raphaelmarchal466@gmail.com	\N	Résidence les Jardins, 3 chemin Alsace-Lorraine	20137	Porto-Vecchio	\N	\N	a déménagé
467	Mme	Gauthier	Léonie	19/11/1965	Nevers	265115843420050	leonie.gauthier467@hotmail.com	0154750196	8 route Pasteur	72000	Le Mans	\N	\N	
468	Mme	Carlier	Nadia	20/09/1937	Chartres	237092814488827	nadiacarlier468@gmail.com	06 67 37 03 60	29 rue Victor Hugo	95100	Argenteuil	FR76 1820 6293 4862 5681 3796 472	2301 2383 9779 8362	
469	M.	Humbert	Serge	27/07/1928	Laval	128075325326178	humbert.serge469@neuf.fr	06.77.05.53.22	31 rue Jules Ferry	69200	Vénissieux	FR7630003027580659077196479	4761738196747592	
470	Mme	Fernandez	Florence	24/02/1997	\N	297027417885086	florence_fernandez470@gmail.com	06 11 56 15 62	24 place de Strasbourg	78000	Versailles	FR7611315159522180071869072	\N	
471	M.	Charpentier	Gabriel	03/12/1985	\N	185127509517248	charpentier.gabriel471@gmail.com	0600131999	63 rue Jean Moulin, Apt 15	02100	Saint-Quentin	\N	\N	
241	M.	Weber	Gaëtan	03/11/1936	Châteauroux	136113610316651	weber241@free.fr	+33 4 57 33 60 03	19 route Saint-Michel	60000	Beauvais	\N	2221 0070 8701 2237	
472	Mme	Dupuy	Danielle	01/10/1951	Aurillac	251101557536211	danielledupuy472@bbox.fr	06 18 73 42 73	66 rue de la République	49300	Cholet	\N	\N	
473	Mme	Thébault	Odette	26/05/1964	Tours	2 64 05 37 545 236 17	thebault473@wanadoo.fr	06.24.53.71.54	31 rue des Fleurs	72000	Le Mans	\N	2599883364494726	
474	Mlle	Robin	Solène	08/04/1974	Chaumont	274045235523950	solene_robin474@yahoo.fr	0659969446	106 bis boulevard Sainte-Catherine	83000	Toulon	FR76 2004 1765 6932 8790 0838 724	2221 0032 5580 9355	OK pour newsletter
475	Mme	Dufour	Florence	20/02/1977	Auxerre	2 77 02 89 457 165 57	Florence_dufour475@hotmail.fr	+33 1 90 91 20 40	23 square de la Croix Rouge	06600	Antibes	FR76 1254 8173 2529 8715 4910 530	\N	
476	Mme	Boucher	Elodie	04/09/1942	Nevers	242095812779263	Elodie.boucher.476@hotmail.fr	+33 3 39 55 16 58	24 boulevard de l'Église	20260	Calvi	FR7610107283184569957069317	\N	
477	M.	Brun	Jean-Pierre	18/02/1965	Alençon	165026135715497	\N	06 53 78 10 40	6 bis boulevard Saint-Michel	74000	Annecy	\N	\N	
478	M.	Gaillard	Georges	18/06/1961	Blois	161064120436439	ggaillard478@laposte.net	0960681653	58 rue Paul Bert, Apt 12	37000	Tours	FR7610107268610011259623502	\N	
479	Mme	Guyot	Noémie	18/01/2003	Laon	203010228209485	noemie.guyot479@orange.fr	06.96.22.39.39	37 cours Albert Camus	59000	Lille	FR76 1254 8233 1531 9868 8368 893	\N	
480	M.	Roche	Côme	08/04/1983	Toulouse	183043148299624	come_roche.480@free.fr	+33694899299	83 rue des Roses	25000	Besançon	\N	\N	
481	Mme	Muller	Bérénice	24/05/1931	Tarbes	231056524230752	berenice.muller481@gmail.com	06 57 72 15 26	33 impasse des Tilleuls	49000	Angers	FR76 3000 2995 0553 7227 1669 360	\N	remboursement effectué
482	Mme	Hamon	Lucie	16/10/1944	\N	244108548299737	lhamon482@gmail.com	09 29 01 43 35	8 rue Émile Zola	94800	Villejuif	\N	\N	contact par mail uniquement
483	M.	Roussel	Marcel	11/09/1996	Bobigny	196099341282960	marcel.roussel483@free.fr	06 83 70 71 25	49 avenue de la Croix Rouge	06000	Nice	\N	\N	
484	Mme	Boulanger	Agathe	04/04/1986	Châteauroux	286043646209628	agathe.boulanger484@free.fr	02 84 43 29 80	58 avenue du 8 Mai 1945	17000	La Rochelle	\N	\N	
485	Mme	Vincent	Simone	02/04/1958	Chartres	258042827830738	vincent.simone485@outlook.fr	06.23.26.29.76	113 boulevard de Strasbourg	06600	Antibes	\N	\N	
486	M.	De Oliveira	Jérôme	17/03/1945	Pau	\N	jerome.deoliveira486@outlook.fr	07 54 88 30 08	7 impasse des Roses	43000	Le Puy-en-Velay	\N	\N	relancer en janvier
487	Mme	Fabre	Léonie	06/10/1988	Privas	288100702146590	Fabre.leonie487@bbox.fr	0691434549	98 chemin Aristide Briand	84000	Avignon	FR76 3000 4293 2459 8770 4378 244	\N	
488	Mme	Collet	Josette	28/06/1931	Montpellier	231063409541715	collet488@hotmail.fr	+33760812831	53 route Sainte-Catherine	10000	Troyes	\N	\N	ancien client
489	Mme	Fabre	Séverine	27/04/1956	Foix	256040918532031	sfabre489@laposte.net	06 47 20 21 92	2 square du Moulin	17000	La Rochelle	FR7612548279715220514596134	5136 9118 6481 9556	
490	M.	Barthélémy	Gaël	11/03/1995	Épinal	195038811102093	gael.barthelemy490@gmail.com	+33 6 50 65 47 47	51 impasse Pasteur	86000	Poitiers	\N	\N	
491	M.	Faure	Ronan	03/07/1997	Clermont-Ferrand	197076343120864	ronan.faure491@hotmail.com	07.37.64.27.94	20 avenue de la Croix Rouge	92000	Nanterre	\N	\N	a déménagé
492	Mme	Vasseur	Agathe	12/02/2001	Orléans	201024518320455	avasseur492@live.fr	\N	30 rue Pierre Curie	42000	Saint-Étienne	FR76 1695 8522 0179 8889 4066 689	4532 8311 8396 7758	
493	Mlle	Sauvage	Évelyne	18/11/1933	\N	233116306131743	evelyne.sauvage493@gmail.com	01 85 89 63 29	4 square de la Fontaine	33700	Mérignac	FR7630004182836314058978244	\N	souhaite être rappelé
339	M.	Julien	Robert  	   16/03/1979 	Aurillac	179031552784816	robert.julien339@free.fr	07 35 65 70 82	111 résidence du 11 Novembre	71000	Mâcon	\N	\N	
494	Mme	Ménard	Amandine	15/05/1978	Angers	278054906601716	amandine.menard494@wanadoo.fr	0033230444049	33 impasse du Général de Gaulle	62100	Calais	FR76 1131 5533 2099 2731 4096 987	\N	
495	Mme	Dumont	Anne	24/02/1954	Charleville-Mézières	\N	adumont495@hotmail.fr	0695712209	108 quai des Lilas	30000	Nîmes	\N	5136916744964290	tél. : voir fiche
496	M.	Benoît	Loïc	08/04/1958	Agen	158044715730110	loic.benoit496@hotmail.fr	04 12 83 10 78	93 chemin du Port	62100	Calais	FR76 1695 8958 9321 8141 6090 551	\N	
497	Mlle	Richard	Yasmine	14/01/1951	\N	251018749782789	Richard_497@hotmail.fr	06.11.57.22.83	9 rue Foch	13100	Aix-en-Provence	FR7630066378087247071075866	\N	
498	Mlle	Roussel	Nadine	01/02/1998	Saint-Lô	298025032779751	Roussel.nadine498@orange.fr	+33620628393	38 avenue Voltaire	97110	Pointe-à-Pitre	FR7616958445943633448739964	\N	
499	M.	Martinez	Philippe	13/02/1946	Lille	146025947670763	martinez.philippe499@wanadoo.fr	+33 7 22 19 67 75	13 résidence des Peupliers	13010	Marseille	\N	\N	
500	Mme	Marchand	Caroline	27/11/2003	Le Mans	203117211801358	cmarchand500@neuf.fr	06 43 23 11 24	32 rue des Fleurs	20260	Calvi	FR7611315527459376695775211	4147205479043151	pièce d'identité manquante
501	M.	Lambert	François	22/12/1936	Annecy	136127409186758	flambert501@neuf.fr	\N	80 rue du Stade	83500	La Seyne-sur-Mer	\N	\N	souhaite être rappelé
502	M.	Chevallier	René	24/12/1982	Troyes	182121014479551	chevallier502@icloud.com	06 33 82 78 46	97 rue de Strasbourg	92100	Boulogne-Billancourt	FR7630066118405350650888865	\N	prélèvement refusé
503	Mme	Marty	Éloïse	17/12/1977	Agen	277124734909109	eloise.marty503@orange.fr	07 23 52 16 89	24 impasse de l'Église	83400	Hyères	FR7630066389827530353136274	2221009325158923	
293	Mme	Bouchet	Romane	11/07/1962	Châlons-en-Champagne	 262075116908941	  romane_bouchet293@gmail.com	06 39 91 90 07	   27 Square De Bretagne	83500	La Seyne-sur-Mer	\N	\N	
504	M.	Garnier	Jean-Claude	05/05/2000	Cahors	1 00 05 46 421 829 73	garnier504@neuf.fr	0612429790	13 square de la Liberté	08000	Charleville-Mézières	FR7630002277914745361693854	\N	
505	Mme	Leclerc	Océane	24/08/1977	\N	277085152130787	oceane.leclerc505@neuf.fr	06 84 81 73 54	6 square Gambetta	49300	Cholet	\N	\N	
506	Mlle	Reynaud	Audrey	10/12/1961	Limoges	261128759972716	audrey.reynaud506@outlook.fr	\N	34 rue Léon Blum, Bât. B	80000	Amiens	FR76 3006 6647 9113 7251 0062 136	2221009348070269	
507	M.	Marchal	Jean-François	10/06/2005	Paris	105067516207222	Jean-francoismarchal507@icloud.com	02 24 36 93 20	81 rue de la Croix Rouge	93160	Noisy-le-Grand	\N	4761 7313 7166 6653	
508	M.	Rousseau	Joseph	26/01/1998	Carcassonne	198011152147406	joseph_rousseau508@gmail.com	06 49 96 56 73	6 square du Général de Gaulle	83400	Hyères	\N	\N	
509	M.	Collet	Franck	20/06/2002	Lille	102065908817106	franckcollet509@neuf.fr	0613500865	17 rue Jean Jaurès	93700	Drancy	\N	\N	\\
226	M.	Collin	Jules	21/02/1938	Nanterre	138029236340456	julescollin226@hotmail.fr	06 82 93 32 03	1 avenue des Vignes	72000	Le Mans	FR76 1010 7667 6049 6304 0528 661	\N	
510	M.	Millet	Lucien	07/11/1971	Tulle	171111954536283	Lucien_millet510@free.fr	0714201724	Résidence Bellevue, 43 square Paul Bert	92100	Boulogne-Billancourt	\N	2301232426436284	
511	Mme	Bonnet	Margaux	12/04/1977	Clermont-Ferrand	2 77 04 63 553 036 65	bonnet511@hotmail.fr	0724717008	48 quai de la Mairie	83500	La Seyne-sur-Mer	\N	\N	à relancer, urgent
512	Mme	Lagarde	Jade	20/01/1933	Moulins	233010352469242	lagarde_512@neuf.fr	06 40 21 70 20	139 impasse des Vignes	95200	Sarcelles	\N	4023608116078655	ligne 1\r\nligne 2
513	Mme	Roger	Bérénice	08/11/1985	Arras	285116220181896	Roger513@wanadoo.fr	0780114818	5 rue de la Croix Rouge	34500	Béziers	\N	4974017318976311	dossier complet
514	M.	Joly	Sébastien	18/08/1947	Nancy	147085447442489	sebastien.joly514@orange.fr	06 96 42 08 41	1 rue de Paris	92600	Asnières-sur-Seine	\N	\N	
515	Mme	Étienne	Agnès	18/06/1999	Pau	\N	aetienne515@laposte.net	0033690343826	2 rue des Vignes	60000	Beauvais	\N	\N	
516	Mme	Denis	Karine	24/02/1973	Saint-Étienne	273024204414957	karinedenis516@hotmail.fr	06 96 58 92 07	18 boulevard de Paris	29000	Quimper	\N	\N	
211	M.	Weber	Aurélien	03/03/1941	\N	141031246930373	aurelien_weber211@hotmail.fr	0033603420908	49 avenue de Bretagne	86000	Poitiers	\N	\N	
517	Mme	Lecomte	Suzanne	27/07/1953	Privas	2 53 07 07 402 757 26	\N	0636805855	27 avenue des Lilas	56000	Vannes	\N	378282650739756	client fidèle
518	M.	Lucas	Bernard	14/02/1951	Moulins	151020319450204	lucas518@outlook.fr	\N	11 ter boulevard Georges Clemenceau	29000	Quimper	FR7610278865878719801340938	\N	tél. : voir fiche
65	M.	Meyer	Kévin	28/07/1987	Vannes	187075608787319	kevin_meyer.65@neuf.fr	02 86 63 99 67	5 route de Paris	34200	Sète	\N	\N	
519	M.	Renaud	Ludovic	23/04/1965	Metz	165045718381246	renaud519@neuf.fr	+33689465628	11 quai du Stade	20000	Ajaccio	\N	\N	
520	M.	Philippe	Kévin	20/05/1934	Aurillac	134051551292903	kevin_philippe520@live.fr	+33925751173	53 cours de Strasbourg	06400	Cannes	\N	\N	
521	Mme	François	Caroline	29/08/2002	Nice	202080622779619	caroline.francois521@hotmail.fr	+33780322814	15 place des Peupliers	06600	Antibes	FR7630066420837702589098103	4970103459279915	
522	Mme	Da Silva	Brigitte	14/08/1969	Bourg-en-Bresse	269080145111052	dasilva522@bbox.fr	+33 4 31 27 35 92	107 rue Marie Curie	13005	Marseille	FR76 3006 6412 8343 1808 9456 715	\N	
523	M.	Vidal	Jérémy	07/10/1931	Privas	131100715093251	vidal.jeremy523@hotmail.fr	+33301129973	23 résidence de la République	94500	Champigny-sur-Marne	\N	4347692869986602	litige en cours
524	Mme	Sanchez	Annie	07/09/1976	\N	\N	sanchez.annie524@aol.com	06 97 11 68 77	73 rue Saint-Michel	62100	Calais	\N	\N	
525	Mme	Berger	Emma	19/06/1938	Limoges	238068738373352	\N	09 22 55 99 87	22 résidence Voltaire	31000	Toulouse	\N	4974011396700669	
526	M.	Bouvier	Gérard	08/07/1946	Agen	146074719163667	gerard.bouvier.526@aol.com	+33 4 77 63 46 79	46 résidence de la Liberté	80000	Amiens	\N	\N	
527	M.	Martin	Yann	28/07/1975	Besançon	175072508892702	ymartin527@orange.fr	06 47 01 40 72	20 chemin de Bretagne	83400	Hyères	\N	\N	
528	M.	Roger	Dominique	18/09/2000	Albi	1 00 09 81 246 449 69	roger.dominique528@bbox.fr	0603282822	14 rue de la Paix	60000	Beauvais	\N	4532835960842464	import\tcolonne décalée
529	M.	Roche	Quentin	28/01/2001	Montpellier	101013454088652	roche.quentin529@orange.fr	06 99 29 46 96	42 boulevard Paul Bert	76600	Le Havre	\N	\N	
530	Mme	Baron	Marie-Claire	16/06/1956	Avignon	256068431386456	marie-claire_baron530@aol.com	+33 6 51 02 40 80	5 quai de la République	43000	Le Puy-en-Velay	\N	\N	
531	Mme	Rémy	Annie	27/02/1995	Cahors	2 95 02 46 408 337 82	remy531@yahoo.fr	0033643936984	40 boulevard des Roses	17000	La Rochelle	\N	2710 1144 6152 5483	prélèvement refusé
532	Mme	Rey	Renée	03/06/1995	Toulon	295068322247530	renee.rey532@bbox.fr	04.51.73.79.70	56 rue de la Liberté	97110	Pointe-à-Pitre	\N	2599 8877 8550 1126	
269	Mme	Bouchet	Morgane	09/05/1950	Tours	\N	bouchet.morgane269@gmail.com	0793200829	34 route Léon Blum	93300	Aubervilliers	\N	\N	
533	M.	Lefebvre	Jean	18/12/1978	Bourg-en-Bresse	178120121619101	jean.lefebvre533@sfr.fr	+33644479042	79 rue Pasteur	68100	Mulhouse	\N	4023600681054054	
534	M.	Garcia	Jean-François	31/12/1931	Charleville-Mézières	1 31 12 08 302 608 88	jean-francois.garcia.534@laposte.net	+33688948008	1 quai des Roses	06400	Cannes	FR7630004926075656088763087	2234 5665 2791 5619	
535	M.	Huet	Jacques	22/04/1969	Nice	169040617899728	jacques.huet535@free.fr	07 01 18 59 29	130 ter route du Port	42000	Saint-Étienne	FR7610278570926924056316264	\N	
536	Mlle	Sauvage	Marie	06/11/1988	Auxerre	288118929887635	Marie_sauvage_536@gmail.com	07 54 34 36 20	31 allée Jean Jaurès	61000	Alençon	\N	\N	
137	M.	Perret	Thierry	18/05/1984	Nancy	1 84 05 54 598 777 86	thierryperret137@hotmail.com	0642361283	81 cours Georges Clemenceau	24000	Périgueux	FR76 1820 6535 1504 4076 3098 494	\N	
537	M.	Da Silva	Grégory	24/04/1989	Chaumont	1 89 04 52 099 095 11	dasilva.gregory537@free.fr	+33328434369	11 boulevard des Roses	34200	Sète	\N	\N	
538	M.	Leroux	Adrien	28/11/1991	Mâcon	\N	adrien.leroux538@free.fr	0689173752	83 quai de la Croix Rouge	06000	Nice	\N	2234 5675 3599 6518	
539	Mlle	Marty	Noémie	15/06/1962	Belfort	262069009639877	noemie_marty_539@gmail.com	07 94 60 38 30	35 rue de Verdun	86000	Poitiers	\N	\N	
540	Mme	Hervé	Romane	01/12/2001	Bar-le-Duc	201125557402930	romane.herve540@hotmail.fr	+33 6 10 56 14 93	105 allée Aristide Briand	34000	Montpellier	\N	\N	prélèvement refusé
541	Mme	Lemaître	Évelyne	28/06/1967	Auxerre	2 67 06 89 241 559 04	Lemaitre541@sfr.fr	06 23 44 10 05	83 route Marie Curie	51100	Reims	\N	\N	
542	M.	Boulanger	Léo	27/12/1944	Angers	1 44 12 49 326 920 28	boulanger542@hotmail.fr	0639931460	145 quai de la Croix Rouge, Bât. B	84000	Avignon	\N	\N	
543	M.	Dupont	Arthur	03/07/1946	Amiens	146078052697143	dupont543@outlook.fr	0033421613898	1 place des Fleurs	18000	Bourges	\N	4023 6084 4374 4730	
544	M.	Gay	Aurélien	13/11/1952	Tours	152113756975297	aurelien.gay544@gmail.com	0723815610	93 quai Victor Hugo	95200	Sarcelles	\N	4929 4057 9650 3374	
545	M.	Leroy	Bernard	10/07/2000	Versailles	100077835914143	bleroy545@sfr.fr	0705217188	44 boulevard Jean Moulin	97200	Fort-de-France	FR76 3000 2306 5079 7924 6491 641	\N	
546	M.	Henry	Bruno	19/02/1943	Clermont-Ferrand	143026330245050	Bruno.henry.546@free.fr	0607279224	40 rue de l'Église	92500	Rueil-Malmaison	\N	\N	
547	Mme	Monnier	Fatima	29/03/1933	Niort	2 33 03 79 090 078 16	fatimamonnier547@hotmail.fr	06 77 12 36 11	51 résidence du Château	97600	Mamoudzou	FR76 1254 8215 1315 6256 3753 682	\N	
548	M.	Petit	Joseph	15/11/1998	Bobigny	198119318098904	jpetit548@neuf.fr	07 97 09 85 36	49 place des Écoles	82000	Montauban	\N	\N	
549	M.	Aubert	Lucien	18/09/1937	\N	137099010055952	lucienaubert.549@gmail.com	\N	27 avenue des Roses	35000	Rennes	FR76 1131 5922 0347 7016 9046 851	\N	
550	Mme	Chevalier	Hélène	21/08/1972	Limoges	2 72 08 87 528 592 29	hchevalier550@orange.fr	06 22 18 60 81	30 rue Sainte-Catherine	34200	Sète	FR76 3000 4676 4719 5410 8598 074	\N	VIP
389	 m.   	Aubert	 CYRIL 	   26/08/1956	Strasbourg	156086714671731	caubert389@hotmail.com	0033206402464	68 impasse Foch	59140	Dunkerque	\N	\N	relancer en janvier
551	Mme	Benoît	Juliette	03/08/1980	\N	280083910272104	jbenoit551@sfr.fr	0759629101	72 square Léon Blum	56000	Vannes	FR7630003735830788367789124	4556730775355300	
552	Mme	Berger	Karine	09/04/1964	Grenoble	2 64 04 38 396 506 03	kberger.552@yahoo.fr	0618126263	139 rue du 11 Novembre	66000	Perpignan	\N	\N	
553	M.	De Oliveira	Loïc	22/07/1997	\N	1 97 07 26 038 396 55	loic.deoliveira553@icloud.com	+33760407798	18 rue Pasteur	36000	Châteauroux	\N	\N	
554	Mme	Masson	Morgane	06/06/1958	Gap	258060500175022	morgane_masson554@gmail.com	0033596559485	12 rue de la Gare	66000	Perpignan	FR7612548351205791479265275	\N	
555	M.	Duval	Gaël	31/03/1977	Nancy	177035433097096	gael.duval555@sfr.fr	05 49 61 05 16	23 résidence des Fleurs	56000	Vannes	FR7616958481055041155564112	\N	doublon possible
556	Mlle	Durand	Camille	09/03/1958	\N	258038654383863	durand556@laposte.net	+33 6 10 17 81 62	56 square de la République	71000	Mâcon	\N	\N	
557	Mlle	Henry	Célia	21/07/1995	Metz	2 95 07 57 445 145 14	chenry557@aol.com	07 49 41 93 49	11 place des Fleurs	92300	Levallois-Perret	\N	\N	adresse à vérifier
558	Mme	Nicolas	Yasmine	07/01/1943	Arras	243016211656049	yasminenicolas558@orange.fr	\N	90 rue Pasteur	82000	Montauban	FR76 1695 8127 9883 4293 0748 613	2234 5649 8014 4132	à l'attention de M. O'Neil, s'il vous plaît
559	M.	Ollivier	Daniel	15/03/1959	Montauban	159038236302679	daniel.ollivier559@hotmail.fr	0696276264	77 rue Louis Pasteur	97200	Fort-de-France	FR76 1695 8631 3091 5566 4358 069	4147 2001 3531 7362	
560	M.	Le Goff	Mohamed	23/11/1951	\N	1 51 11 37 255 052 81	mohamedlegoff560@sfr.fr	+33 7 22 81 95 39	2 boulevard des Tilleuls	95200	Sarcelles	\N	\N	prélèvement refusé
561	Mme	Lemoine	Corinne	15/05/1989	Nîmes	289053029992645	corinne_lemoine561@wanadoo.fr	07 51 17 18 19	47 route Jules Ferry	26000	Valence	FR7630003237500516763833089	\N	
562	M.	Rivière	Alexandre	17/09/1997	Amiens	1 97 09 80 097 990 48	alexandre.riviere562@aol.com	0033528439969	Résidence les Jardins, 65 allée Aristide Briand	97110	Pointe-à-Pitre	FR7630066081264395719479027	\N	pièce d'identité manquante
563	M.	Ollivier	Raphaël	23/04/2003	Bastia	1 03 04 2B 436 054 21	raphael.ollivier563@yahoo.fr	06 42 15 67 93	48 quai Pasteur	86000	Poitiers	FR7611315183114034306172218	\N	
564	Mlle	Mallet	Chantal	23/02/1930	Montpellier	230023404616078	chantal.mallet564@outlook.fr	03 76 58 35 64	95 avenue Gambetta	13100	Aix-en-Provence	\N	4556738533597238	
565	M.	Étienne	Maurice	15/01/1981	Dijon	181012121832511	Etienne_565@hotmail.fr	+33 3 13 94 94 93	58 rue des Lilas	93160	Noisy-le-Grand	FR07 1380 7224 1232 3037 9231 082	\N	
566	M.	Meunier	Tristan	15/08/1945	Nancy	145085427143770	tmeunier566@live.fr	0294147327	23 boulevard des Peupliers	13200	Arles	\N	5412750549863877	
567	Mme	André	Nadine	26/10/1940	Amiens	240108001106408	nandre567@aol.com	0742345669	72 place du Stade	20200	Bastia	\N	2599887187485589	ancien client
568	Mme	Dubois	Jacqueline	06/01/1964	Beauvais	264016010874007	jdubois568@yahoo.fr	+33 6 88 53 97 88	113 ter chemin de la Mairie	43000	Le Puy-en-Velay	\N	\N	parrainage
569	M.	Lévêque	Laurent	25/01/1938	Beauvais	138016050471648	lleveque.569@aol.com	0601481606	118 route de Bretagne	92000	Nanterre	\N	4970103714231826	
570	M.	Gillet	Hervé	19/07/1968	Tarbes	1 68 07 65 119 520 03	herve.gillet570@aol.com	0680733703	15 avenue Victor Hugo	73000	Chambéry	FR7611315381677360087131636	4347691565428927	relancer en janvier
306	M.	Michel	Frédéric	26/01/1973	Bourges	\N	michel306@free.fr	06.07.36.85.85	80 boulevard Carnot	56000	Vannes	FR7611315117287269500036619	\N	a déménagé
571	Mme	Fabre	Colette	10/04/1993	Bordeaux	293043359182319	colettefabre571@outlook.fr	0623415493	112 rue de la République	06600	Antibes	\N	\N	souhaite être rappelé
572	Mme	Vallée	Béatrice	27/05/1962	\N	2 62 05 51 428 919 42	vallee.572@orange.fr	+33 6 34 66 02 31	12 place des Lilas	20200	Bastia	\N	\N	
573	Mme	Hamon	Mireille	06/05/2000	Arras	200056216359004	mireille_hamon573@laposte.net	0699408685	1 route Pasteur	92700	Colombes	\N	\N	client fidèle
574	Mme	Giraud	Annie	10/10/1976	Nanterre	276109226524414	annie.giraud574@laposte.net	0623767701	17 avenue Aristide Briand	94500	Champigny-sur-Marne	\N	4929 4016 4579 0049	
575	Mme	Michaud	Romane	30/11/1946	Cergy	246119537428449	romanemichaud575@gmail.com	0678593327	32 route Aristide Briand	14000	Caen	\N	5136 9142 4839 4171	
576	Mme	Chauvin	Karine	02/01/1990	\N	2 90 01 94 399 226 11	karinechauvin576@aol.com	+33 7 84 29 13 77	68 rue Jean Jaurès	93100	Montreuil	\N	\N	
577	M.	Fleury	Lucas	09/10/1992	Marseille	1 92 10 13 204 831 37	lucas.fleury577@outlook.fr	04 49 02 40 57	15 place des Écoles	34200	Sète	\N	\N	adresse à vérifier
578	Mme	Langlois	Élisabeth	07/07/1951	Strasbourg	251076751678008	elisabeth_langlois578@sfr.fr	02 62 20 29 40	11 rue de la Liberté	94800	Villejuif	\N	\N	
108	Mme	Meunier	Nadine	  17/04/1949	Metz	249045715945217	meunier.nadine108@hotmail.fr	06 96 07 87 07	14 cours Louis Pasteur	51100	Reims	\N	4761 7395 9922 5392	
579	M.	Caron	Karim	15/03/1954	Bobigny	\N	karim.caron579@bbox.fr	+33 7 39 52 03 43	49 rue Voltaire	78000	Versailles	FR7618206332631600338644357	\N	client fidèle
580	Mme	Langlois	Nadia	10/02/1983	Bourges	283021858979597	langlois.nadia580@live.fr	\N	77 rue de la Croix Rouge	73000	Chambéry	FR7620041221494704451592612	\N	
581	Mme	Mallet	Marie	08/10/1978	Nevers	2 78 10 58 564 355 95	marie.mallet581@sfr.fr	07 36 23 31 11	33 rue Marcel Pagnol	94000	Créteil	FR7610107016047728786761737	4347 6992 2310 2610	
582	Mme	André	Caroline	05/12/1940	Chaumont	240125249226338	andre582@laposte.net	+33 6 10 99 09 60	14 boulevard de Strasbourg	54000	Nancy	\N	\N	scan CNI : C:\\Users\\accueil\\Documents\\CNI_recto.pdf
583	M.	Richard	Killian	23/12/1961	Angers	161124914518129	killian.richard583@laposte.net	+33912144571	5 résidence Jean Jaurès	33600	Pessac	FR7630004434597310442708759	4147 2048 4450 2991	
584	M.	Humbert	Jean	18/08/1986	Perpignan	1 86 08 66 020 336 33	humbert584@gmail.com	06 25 19 77 32	95 avenue Victor Hugo	92700	Colombes	\N	4023 6096 8147 6076	résiliation demandée
585	Mme	Robert	Lina	27/01/1977	Rennes	277013536122254	lina.robert585@yahoo.fr	+33 6 26 87 14 71	26 allée de la Fontaine	63000	Clermont-Ferrand	\N	\N	
586	Mme	Lejeune	Ambre	30/08/1973	Vesoul	273087019299825	Ambre.lejeune586@icloud.com	0616369369	31 square des Lilas, Bât. B	97110	Pointe-à-Pitre	\N	\N	
266	M.	Leroux	Ronan	29/08/1933	Nice	133080635125725	leroux.ronan.266@hotmail.fr	+33 4 96 12 33 28	10 résidence Marcel Pagnol	13200	Arles	\N	2221006084737564	
587	Mme	Bertin	Stéphanie	07/03/1937	Pau	2 37 03 64 175 230 45	Stephanie.bertin.587@bbox.fr	+33938704032	6 place de Bretagne	69200	Vénissieux	\N	\N	
588	Mme	Meunier	Zoé	22/06/1936	\N	236063613446550	zoe.meunier588@free.fr	0033669997768	15 quai de l'Église	42000	Saint-Étienne	\N	\N	
589	Mme	Marty	Christiane	06/04/1956	Angers	\N	marty.christiane.589@gmail.com	0931750946	8 route Carnot	95000	Cergy	FR7613807380753466577622579	378282491853006	
590	Mme	Chevalier	Jacqueline	14/06/1942	\N	242060214238826	jacqueline_chevalier.590@yahoo.fr	+33 6 82 97 39 25	17 chemin Voltaire	94100	Saint-Maur-des-Fossés	\N	\N	
591	M.	Le Goff	Yannick	17/03/1994	La Roche-sur-Yon	1 94 03 85 068 319 50	yannicklegoff591@hotmail.fr	0751652260	9 boulevard de Paris	64100	Bayonne	\N	\N	
592	Mme	Tessier	Ophélie	11/07/2002	Le Puy-en-Velay	202074352824333	ophelie.tessier592@free.fr	0033732784166	33 boulevard Jules Ferry	92300	Levallois-Perret	\N	\N	
593	Mme	Fabre	Cécile	24/04/1985	Châteauroux	285043653900490	cecile.fabre593@free.fr	0750147307	99 square Georges Clemenceau	93600	Aulnay-sous-Bois	\N	\N	ne pas démarcher
594	M.	Kergoat	Joseph	15/04/1941	Mende	\N	kergoat.joseph594@free.fr	06 99 08 01 22	18 allée Victor Hugo	27000	Évreux	\N	\N	client fidèle
595	M.	Bourgeois	Lucas	17/07/1950	Grenoble	150073822660664	bourgeois.lucas_595@gmail.com	0722514180	4 rue des Lilas	10000	Troyes	\N	4970105284744310	scan CNI : C:\\Users\\accueil\\Documents\\CNI_recto.pdf
426	M.	Giraud	Adam	06/06/1949	Chartres	149062830716230	giraud426@gmail.com	06 66 10 58 46	7 impasse de la Croix Rouge	93100	Montreuil	FR7613807739126295230323254	\N	
596	M.	Renaud	Joseph	25/09/1953	Bordeaux	153093321078693	joseph.renaud596@gmail.com	06 07 28 72 89	5 chemin de Paris	80000	Amiens	\N	\N	Message du client :\nsuite, avec "guillemets"
597	Mme	Le Roux	Anne	12/08/1941	Paris	241087507219739	anne.leroux597@free.fr	0601055868	67 place du 8 Mai 1945	92700	Colombes	FR7611315058003299138359242	\N	
598	M.	Bailly	Jean-Luc	03/08/1940	Bobigny	140089326546692	jean-lucbailly598@outlook.fr	0672432149	144 allée de la Mairie	22000	Saint-Brieuc	FR76 3000 2474 4811 4239 6621 824	\N	
599	M.	Perrot	Rayan	20/09/1952	\N	152092157742601	perrot.rayan599@aol.com	+33 4 70 28 63 87	1 rue Saint-Michel	72000	Le Mans	\N	\N	
600	M.	Michel	Hervé	09/04/1964	Créteil	164049428134914	hervemichel600@laposte.net	07.81.79.20.64	17 résidence du Château	67000	Strasbourg	FR7630002966261644128173276	\N	
601	Mme	Lagarde	Stéphanie	12/09/1995	\N	295099311102596	stephanielagarde601@orange.fr	03 52 74 02 08	36 chemin de Bretagne	72000	Le Mans	\N	\N	changement de RIB demandé
602	Mlle	Fleury	Noémie	21/12/1936	Bar-le-Duc	236125515801245	fleury_602@wanadoo.fr	06 27 77 13 56	108 quai du Lavoir	16000	Angoulême	FR76 1820 6404 1731 8419 6441 435	\N	
603	Mme	Thébault	Karine	11/01/1976	Nice	276010612396409	thebault.603@laposte.net	+33718458213	37 rue du Lavoir	71000	Mâcon	\N	\N	
604	M.	Schmitt	Régis	20/01/1934	Évreux	\N	regis.schmitt.604@gmail.com	0033756131667	55 rue Albert Camus	30000	Nîmes	FR7612548609073167809959913	4556733792273928	doublon possible
605	Mme	Barbier	Coralie	06/05/1937	Tours	237053749132558	coralie.barbier605@bbox.fr	09 32 69 05 89	4 résidence des Vignes	78000	Versailles	\N	\N	VIP
606	Mme	Cousin	Christiane	02/07/1946	Bourg-en-Bresse	246070111814857	christiane.cousin606@hotmail.fr	07 23 13 87 09	90 rue Sainte-Catherine	83500	La Seyne-sur-Mer	\N	5555550949851614	
607	M.	Bonnet	Robert	17/02/1955	Laval	155025310768215	robert.bonnet607@aol.com	0721571791	38 rue des Peupliers	83600	Fréjus	\N	\N	
608	M.	Chevalier	Karim	24/02/2005	Dijon	\N	chevalier.karim608@laposte.net	01 20 40 10 05	43 rue Albert Camus	92100	Boulogne-Billancourt	FR7618206136503037207480302	4970105194304882	à relancer, urgent
609	M.	Lecomte	Noé	05/01/1954	Guéret	154012323486863	noe.lecomte609@free.fr	04 31 40 74 63	22 square Marcel Pagnol	02100	Saint-Quentin	\N	4974015366224972	
610	M.	David	Patrick	05/12/1984	Aurillac	184121546864347	patrick.david610@gmail.com	07.67.23.40.24	6 avenue du Château	13011	Marseille	FR7612548371779391497415920	\N	
611	Mme	Boulanger	Sylvie	23/09/1953	Limoges	253098701464745	sylvie.boulanger611@neuf.fr	0675839869	8 résidence Saint-Michel	92700	Colombes	\N	\N	
612	M.	Morel	Valentin	14/02/1929	Nanterre	1 29 02 92 532 696 82	valentin.morel612@wanadoo.fr	06.39.76.01.69	79 quai de la Mairie	31000	Toulouse	FR7613807462359185230542664	4974014741754175	rappeler après 18h
613	Mme	Blanc	Justine	10/02/1999	Clermont-Ferrand	299026353688583	blanc613@orange.fr	0602413735	7 rue des Lilas	72000	Le Mans	FR7613807025911690067592091	\N	
614	M.	Pichon	Noël	30/04/1940	\N	140047810246289	noelpichon614@aol.com	0033738575000	105 rue de Verdun	23000	Guéret	\N	\N	
615	M.	Weber	François	12/07/1989	\N	\N	francoisweber.615@aol.com	03 38 09 21 45	132 rue Aristide Briand	94100	Saint-Maur-des-Fossés	\N	\N	RAS
616	Mme	Boucher	Christine	09/09/1981	Agen	281094746354067	christineboucher616@free.fr	\N	1 route des Lilas	20137	Porto-Vecchio	FR76 1010 7244 9077 9480 0580 143	\N	
617	M.	Muller	Maurice	29/07/1966	Chartres	166072803792848	muller617@hotmail.fr	09 98 01 25 29	62 allée Victor Hugo	64100	Bayonne	\N	\N	
618	M.	Olivier	Samuel	27/06/1983	Charleville-Mézières	183060838776968	Samuel.olivier618@gmail.com	\N	2 route des Roses	06000	Nice	\N	\N	RAS
619	M.	Léger	Yann	07/10/1931	Rodez	131101243921811	leger619@aol.com	06 55 67 69 45	25 résidence des Peupliers	72000	Le Mans	\N	\N	
620	Mme	Jacob	Renée	23/09/2004	Beauvais	2 04 09 60 119 236 48	renee.jacob_620@aol.com	+33609787814	76 cours Anatole France	56000	Vannes	\N	\N	remise 50%_ok
621	Mme	Le Roux	Béatrice	05/07/1931	Arras	231076231183639	beatrice.leroux621@neuf.fr	+33957740526	46 impasse de la Croix Rouge	42000	Saint-Étienne	FR76 3000 4304 2910 6705 3717 052	\N	
622	Mme	D'Almeida	Renée	15/04/1968	Châlons-en-Champagne	268045104947996	renee.dalmeida622@sfr.fr	0723569450	59 avenue du Stade, Bât. B	92400	Courbevoie	FR76 3006 6901 9331 5397 1944 377	\N	RAS
623	Mme	Julien	Mireille	17/05/1995	Avignon	295058445635274	mireille_julien623@aol.com	0033657924989	8 bis quai Anatole France	13001	Marseille	FR7610107481694845962631347	4970 1040 2028 5993	
624	Mme	Adam	Samia	03/04/1980	Mâcon	280047147029406	samia.adam624@laposte.net	05.13.87.81.81	11 avenue Gambetta	68100	Mulhouse	\N	\N	
625	M.	Henry	Léo	08/07/1973	Digne-les-Bains	1 73 07 04 417 585 63	henry.leo625@gmail.com	06 96 92 54 41	5 cours des Fleurs	59200	Tourcoing	FR76 3000 2576 6157 6658 8283 143	\N	dossier complet
626	M.	Richard	Adam	08/06/1945	Beauvais	145066009713959	adamrichard626@neuf.fr	07.89.30.64.31	14 allée Carnot	92700	Colombes	\N	\N	relancer en janvier
627	Mme	Tessier	Romane	09/07/1930	Laon	230070205259816	romane.tessier627@wanadoo.fr	05 36 49 97 67	19 résidence Émile Zola	67000	Strasbourg	\N	3400 003482 14395	
628	Mme	Guyot	Agnès	23/02/1959	Nîmes	259023009444052	aguyot628@hotmail.fr	06 22 36 75 95	6 avenue Alsace-Lorraine	92600	Asnières-sur-Seine	FR76 1010 7482 9634 5384 4652 893	\N	
629	Mme	Durand	Lucie	03/12/1933	Nice	233120603555308	durand.lucie.629@hotmail.fr	07 75 11 26 64	42 square du Moulin	44000	Nantes	\N	\N	
630	M.	Perez	Gérard	24/08/2005	Auxerre	105088929089062	gerard.perez.630@neuf.fr	0652838168	42 résidence de la Mairie	93600	Aulnay-sous-Bois	\N	\N	
631	M.	Perret	Ludovic	29/05/1971	Angoulême	171051630970317	ludovic.perret.631@wanadoo.fr	0647067371	123 allée de Strasbourg	66000	Perpignan	FR7613807386803692875567607	\N	ancien client
550	Mme	Chevalier	Hélène	21/08/1972   	Limoges	2 72 08 87 528 592 29	hchevalier550@orange.fr	06 22 18 60 81	30 rue Sainte-Catherine	34200 	Sète	FR76 3000 4676 4719 5410 8598 074	\N	VIP 
632	Mme	Lopez	Agathe	01/10/1964	Le Puy-en-Velay	264104322603902	lopez632@orange.fr	07 01 10 37 79	83 boulevard de la Fontaine	94800	Villejuif	\N	\N	
633	Mme	Ollivier	Anne	08/09/1941	Belfort	2 41 09 90 535 543 61	anne.ollivier633@hotmail.com	0695371607	48 route des Roses	84000	Avignon	\N	\N	
634	M.	Laurent	Jacques	16/09/1939	Châteauroux	139093608643615	jacqueslaurent634@outlook.fr	0033644818547	57 avenue de la Liberté	92600	Asnières-sur-Seine	FR76 1027 8009 0082 1854 0967 347	\N	
635	M.	Deschamps	Gaëtan	20/05/1999	Le Puy-en-Velay	199054323766418	gaetan.deschamps635@orange.fr	06 63 19 53 19	5 avenue Pasteur	95100	Argenteuil	\N	\N	
636	M.	Julien	Patrick	14/01/1998	\N	198014613027232	Patrickjulien636@orange.fr	+33 6 47 00 07 66	10 cours du Général de Gaulle	63000	Clermont-Ferrand	\N	\N	
637	Mme	Renault	Gwendoline	10/01/1985	\N	2 85 01 84 586 178 72	gwendoline.renault637@orange.fr	02 12 41 92 05	151 rue Carnot	26000	Valence	\N	\N	
638	Mme	Girard	Audrey	16/12/1996	Cahors	2 96 12 46 503 363 33	audrey.girard638@gmail.com	06 29 45 72 05	140 rue des Tilleuls	18000	Bourges	\N	4556735599554574	remboursement effectué
439	M.	Aubry	Sébastien	10/03/1957	Besançon	1 57 03 25 474 314 38	Sebastienaubry439@wanadoo.fr	0680612628	90 quai du Château	94400	 Vitry-Sur-Seine  	FR76 1131 5132 3889 3970 8786 549	\N	prélèvement refusé
639	M.	Charpentier	Mohamed	29/11/1993	Bar-le-Duc	1 93 11 55 545 741 79	mcharpentier_639@icloud.com	07 92 16 24 22	104 boulevard Pasteur	92500	Rueil-Malmaison	FR7630004693711554459284949	\N	
640	Mme	Lévêque	Leïla	27/11/1983	Cergy	283119515707607	leila.leveque640@laposte.net	+33 7 25 55 41 86	6 avenue Louis Pasteur	94400	Vitry-sur-Seine	\N	\N	ligne 1\r\nligne 2
641	M.	Adam	Roger	31/03/1962	Châlons-en-Champagne	162035146543813	roger.adam641@gmail.com	02 84 15 43 59	38 ter quai du Château	08000	Charleville-Mézières	\N	4347 6987 8561 7882	
642	M.	Perez	Martin	13/06/1987	Vesoul	187067052642201	martin.perez642@wanadoo.fr	09 14 73 08 78	9 résidence Georges Clemenceau	68100	Mulhouse	\N	\N	
643	Mme	Grondin	Stéphanie	01/08/1956	Évreux	2 56 08 27 524 598 25	sgrondin.643@aol.com	+33677499463	16 rue Nationale	97139	Les Abymes	FR76 1131 5703 6886 9316 7153 942	\N	
644	M.	Laporte	Emmanuel	26/08/1933	Marseille	133081351494776	emmanuel_laporte644@laposte.net	01 60 21 58 59	18 rue Gambetta	60000	Beauvais	\N	\N	
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: crm
--

COPY public.orders (id, people_id, email, ip_address, created_at, amount) FROM stdin;
1	228	alexandre_baron228@gmail.com	88.55.213.180	2021-02-09 23:06:25	106.00
2	1	agathe_texier1@free.fr	217.171.27.91	2023-01-27 22:16:25	10.18
3	271	muller.271@aol.com	78.125.119.83	2023-04-14 14:11:00	81.00
4	252	lolivier252@outlook.fr	195.27.209.89	2020-08-10 21:35:03	36.17
5	266	leroux.ronan.266@hotmail.fr	31.173.100.81	2020-04-15 06:53:58	322.92
6	477	\N	193.230.192.162	2019-11-19 09:24:45	26.61
7	137	thierryperret137@hotmail.com	212.197.57.246	2023-01-19 02:25:10	171.05
5	266	leroux.ronan.266@hotmail.fr	31.173.100.81	2020-04-15 06:53:58	322.92
8	402	cindy_dasilva402@icloud.com	90.8.173.34	2022-07-14 05:52:48	28.38
9	39	gregory.payet39@free.fr	93.182.240.101	2023-01-08 13:15:14	45.69
10	11	virginie.renard.11@gmail.com	31.54.121.112	2022-08-04 20:01:43	350.95
11	495	adumont495@hotmail.fr	31.171.244.240	2021-08-24 00:08:04	318.22
12	48	tberard48@hotmail.com	85.126.144.5	2020-08-23 14:33:33	96.00
13	327	christianferre327@bbox.fr	176.188.20.231	2022-11-04 21:00:56	49.86
2	1	agathe_texier1@free.fr	217.171.27.91	2023-01-27 22:16:25	10.18
14	259	nadia.jacquet259@orange.fr	78.125.205.196	2020-06-20 16:59:02	17.29
15	468	nadiacarlier468@gmail.com	91.245.78.36	2022-05-20 08:28:23	222.37
16	1	agathe_texier1@free.fr	78.162.23.27	2022-07-11 10:05:05	246.18
17	15	richard.christophe15@aol.com	46.94.66.47	2020-09-12 12:04:58	51.66
18	251	guillaumejoly251@free.fr	92.38.221.138	2022-05-02 10:35:29	327.88
19	567	nandre567@aol.com	93.136.181.47	2019-03-20 01:03:59	16.29
20	171	didier.simon171@neuf.fr	81.117.237.80	2022-05-01 21:14:08	385.13
21	155	\N	90.89.66.101	2021-06-27 00:13:17	49.10
10	11	virginie.renard.11@gmail.com   	31.54.121.112	2022-08-04 20:01:43	350.95
22	639	mcharpentier_639@icloud.com	217.27.58.149	2023-02-14 10:23:17	171.00
22	639	mcharpentier_639@icloud.com	217.27.58.149	2023-02-14 10:23:17	171.00
19	567	NANDRE567@AOL.COM	93.136.181.47	2019-03-20 01:03:59	16.29
23	1	agathe_texier1@free.fr	90.196.216.170	2021-08-18 01:24:34	50.03
24	598	jean-lucbailly598@outlook.fr	31.103.226.86	2021-04-10 04:24:14	156.00
25	359	pbenoit359@yahoo.fr	217.157.58.236	2021-03-12 08:23:10	394.15
26	269	bouchet.morgane269@gmail.com	213.188.242.199	2022-08-29 06:33:26	41.96
27	403	serge_etienne403@icloud.com	217.0.160.53	2020-07-18 04:11:12	99.23
28	47	\N	83.46.77.136	2019-09-06 16:46:00	45.52
29	8	ambre.rey8@hotmail.fr	85.37.224.251	2023-02-06 03:33:19	41.15
20	171	didier.simon171@neuf.fr 	81.117.237.80	2022-05-01 21:14:08	385.13
30	1	agathe_texier1@free.fr	2.121.215.86	2021-12-20 07:42:56	23.00
31	3	maximeblanc_3@outlook.fr	217.87.151.76	2020-12-29 00:10:56	28.47
10	11	virginie.renard.11@gmail.com	31.54.121.112	2022-08-04 20:01:43	350.95
32	17	lklein_17@gmail.com	62.185.216.60	2021-06-02 22:10:58	17.84
33	466	raphaelmarchal466@gmail.com	178.124.84.92	2020-04-07 03:01:14	17.18
34	134	herve.berger_134@hotmail.fr	217.146.15.125	2019-02-15 04:53:10	277.59
35	457	noemie_fournier.457@aol.com	86.122.186.60	2020-05-18 00:01:46	166.18
36	237	kevin.thomas237@yahoo.fr	80.230.83.235	2021-04-05 02:09:56	114.00
37	253	yann_chevalier_253@hotmail.com	91.44.246.92	2021-11-04 22:44:57	33.05
38	317	maiwenn.dupont317@free.fr	217.158.198.18	2020-10-10 03:49:31	106.61
39	47	\N	88.112.131.143	2022-05-03 17:11:14	50.53
40	104	caron104@gmail.com	92.87.164.46	2019-09-28 22:24:27	193.00
41	411	jeanne_louis411@neuf.fr	37.147.211.86	2019-08-01 17:40:34	45.49
42	20	bernard.ndiaye20@outlook.fr	2.244.166.236	2021-03-04 18:55:43	69.00
43	215	suzanne.marty215@aol.com	86.98.208.88	2022-09-13 08:23:21	77.07
44	49	jeanne.meunier49@hotmail.fr	88.69.8.58	2019-10-29 20:44:26	43.99
45	572	vallee.572@orange.fr	213.198.145.43	2020-08-29 22:59:06	88.00
20	171	  Didier.Simon171@Neuf.Fr	81.117.237.80	2022-05-01 21:14:08	385.13
27	403	serge_etienne403@icloud.com	217.0.160.53	2020-07-18 04:11:12	99.23
46	513	Roger513@wanadoo.fr	83.249.97.212	2019-06-20 14:00:36	210.36
47	6	jeremy.denis.6@hotmail.fr	92.219.252.122	2022-03-31 01:30:02	7.12
48	37	adrienfaure37@hotmail.fr	62.217.156.217	2019-07-30 19:11:59	96.56
49	76	kmarie76@icloud.com	85.246.201.30	2022-02-23 18:17:26	273.23
50	91	\N	87.105.58.197	2019-12-22 21:12:58	14.00
51	207	francoise.langlois207@hotmail.com	178.235.244.4	2019-01-09 20:16:02	177.00
52	318	cbarre.318@laposte.net	217.18.151.224	2022-09-03 07:36:15	40.00
53	274	smartinez274@hotmail.fr	88.1.184.202	2020-11-14 07:56:21	17.47
54	78	josiane.girard78@hotmail.fr	5.216.91.175	2019-04-06 00:53:39	40.10
55	602	fleury_602@wanadoo.fr	46.185.244.169	2019-09-02 10:16:46	154.00
56	356	ldaniel356@live.fr	82.200.242.155	2021-09-01 03:24:30	398.88
36	237	kevin.thomas237@yahoo.fr	80.230.83.235	2021-04-05 02:09:56	114.00
57	61	aubry61@hotmail.fr	212.15.199.55	2021-10-11 00:09:55	31.44
58	59	mohamed.gilbert_59@icloud.com	87.20.148.57	2023-02-02 01:52:07	49.00
59	31	jacqueline_poirier31@outlook.fr	91.124.150.62	2020-04-24 12:40:05	48.15
60	14	marchand.simone14@neuf.fr	176.240.18.65	2022-06-23 06:41:00	17.38
61	4	isabelle.gillet4@outlook.fr	78.184.39.37	2021-10-13 21:41:41	35.53
62	12	heloise.thomas12@hotmail.com	195.10.3.216	2019-05-06 15:41:28	34.30
63	66	cmenard66@gmail.com	213.194.23.9	2021-07-22 10:28:21	27.12
64	532	renee.rey532@bbox.fr	37.188.90.99	2019-01-29 09:14:07	24.20
65	15	richard.christophe15@aol.com	212.185.235.243	2019-02-13 09:41:13	308.53
66	583	killian.richard583@laposte.net	193.184.168.116	2020-05-03 13:48:11	259.62
67	449	maelle.sauvage449@laposte.net	78.241.232.196	2022-07-07 15:53:11	273.32
68	487	Fabre.leonie487@bbox.fr	46.80.255.41	2021-02-12 12:01:03	20.00
69	250	ylejeune250@hotmail.com	85.245.148.190	2019-07-18 13:30:35	21.40
70	89	yasminebrun89@aol.com	213.85.15.183	2019-07-13 06:02:30	12.12
71	26	rodriguez.alexandre26@live.fr	86.231.46.191	2020-06-15 07:03:24	94.00
72	234	georges.charles.234@laposte.net	195.15.156.44	2020-02-09 02:18:09	182.00
73	7	yannick_ferre.7@neuf.fr	83.157.17.99	2022-12-24 22:33:17	270.12
74	150	ntessier150@aol.com	31.170.205.94	2022-02-24 16:53:53	54.00
75	58	lacroix_58@gmail.com	195.1.232.208	2022-05-13 16:50:03	135.87
76	6	jeremy.denis.6@hotmail.fr	2.227.199.106	2020-04-08 09:04:29	44.50
77	452	Samuelbaron452@sfr.fr	5.227.11.169	2020-08-25 01:49:27	194.00
78	437	maelle_ferre437@neuf.fr	88.192.233.65	2022-05-15 20:54:16	30.63
79	473	thebault473@wanadoo.fr	46.126.48.36	2019-08-25 13:21:31	40.36
68	487	Fabre.leonie487@bbox.fr	46.80.255.41	2021-02-12 12:01:03	20.00
80	443	ambre_dumont443@live.fr	83.150.113.246	2019-09-01 14:09:15	52.33
81	125	paris125@bbox.fr	92.180.225.11	2021-07-07 17:39:45	50.04
82	159	clement.lefebvre_159@hotmail.fr	86.155.175.239	2020-04-22 02:01:11	203.00
83	56	suzanne.legoff56@gmail.com	2.129.8.133	2019-11-28 10:40:58	380.35
2	1	agathe_texier1@free.fr 	217.171.27.91	2023-01-27 22:16:25	10.18
84	476	Elodie.boucher.476@hotmail.fr	195.193.167.63	2019-05-21 08:10:10	224.01
85	115	coralie_poirier115@orange.fr	193.234.178.76	2021-04-27 12:17:28	27.67
86	206	margauxphilippe206@free.fr	90.90.43.6	2019-10-11 06:12:25	85.00
87	396	jperrin396@hotmail.fr	92.255.65.182	2021-01-21 00:18:19	190.00
70	89	yasminebrun89@aol.com	213.85.15.183	2019-07-13 06:02:30	12.12
88	248	roux248@bbox.fr	86.207.113.194	2019-07-27 05:27:27	5.17
89	135	sophie.marchal.135@outlook.fr	86.42.122.49	2021-06-26 22:13:33	8.37
90	237	kevin.thomas237@yahoo.fr	212.181.46.224	2020-11-26 04:07:53	302.06
91	14	marchand.simone14@neuf.fr	62.60.94.228	2022-03-01 01:50:35	29.44
92	545	bleroy545@sfr.fr	84.93.215.3	2019-12-09 20:42:54	17.55
93	19	marie-therese.henry_19@laposte.net	212.17.160.22	2021-05-13 06:36:09	10.93
94	254	victor_roy_254@outlook.fr	92.229.101.244	2020-07-30 04:10:27	43.61
95	132	adam.robert132@neuf.fr	82.152.200.191	2021-03-12 03:19:33	233.46
96	81	alaporte81@bbox.fr	176.217.142.231	2021-07-08 16:05:47	104.00
97	96	gaillard.cindy96@laposte.net	83.47.125.186	2019-01-27 23:29:34	7.89
98	241	weber241@free.fr	91.160.156.12	2021-04-23 18:43:18	210.36
99	455	Fpelletier.455@aol.com	2.124.223.157	2019-04-18 15:43:52	22.79
100	355	egarnier355@sfr.fr	81.248.110.51	2022-09-06 19:31:47	11.11
101	94	Roche_94@free.fr	109.97.218.194	2019-09-21 06:42:51	160.00
102	503	eloise.marty503@orange.fr	91.239.50.102	2019-03-31 16:38:34	11.64
103	115	coralie_poirier115@orange.fr	84.74.145.171	2019-10-21 00:01:48	23.88
104	85	gaillard85@bbox.fr	84.58.115.154	2022-10-20 22:38:40	16.55
105	8	ambre.rey8@hotmail.fr	86.46.165.239	2023-01-25 09:36:05	46.02
106	445	chloe.guerin.445@outlook.fr	37.137.134.157	2023-02-19 20:43:02	31.89
107	40	adeoliveira40@free.fr	176.185.35.189	2020-04-18 08:44:20	76.47
108	300	olivierjulien300@hotmail.fr	87.133.198.104	2021-09-15 17:34:57	337.76
109	355	egarnier355@sfr.fr	194.124.118.187	2019-04-28 09:47:39	80.00
110	126	Ipasquier126@gmail.com	188.137.219.134	2019-12-04 17:51:43	260.66
111	66	cmenard66@gmail.com	188.59.153.26	2022-08-19 14:22:06	108.00
112	14	marchand.simone14@neuf.fr	91.101.230.107	2019-11-29 03:24:24	34.10
113	4	isabelle.gillet4@outlook.fr	78.198.54.120	2021-05-10 13:50:59	15.43
114	9	Perrin9@free.fr	85.207.60.222	2020-05-01 12:47:36	345.05
115	391	anais_leroux391@hotmail.fr	178.189.121.187	2021-09-03 03:06:16	136.00
116	28	Baron_28@gmail.com	87.55.121.147	2019-06-13 11:00:18	198.48
117	135	sophie.marchal.135@outlook.fr	5.82.7.58	2020-10-01 07:13:46	260.20
118	378	Stephane.andre378@orange.fr	178.81.219.131	2022-05-11 09:25:44	213.34
119	6	jeremy.denis.6@hotmail.fr	93.231.234.114	2019-05-05 00:44:43	67.04
120	2	dupont.pauline2@gmail.com	176.92.4.96	2022-03-31 22:21:21	44.59
121	601	stephanielagarde601@orange.fr	194.177.238.151	2019-05-13 20:41:32	45.31
122	231	franck.andre231@bbox.fr	77.222.147.134	2021-03-13 19:11:39	198.00
123	1	agathe_texier1@free.fr	109.131.207.9	2021-06-27 08:23:07	134.00
124	599	perrot.rayan599@aol.com	80.88.143.131	2022-05-08 11:12:57	218.79
125	5	lollivier5@orange.fr	77.227.202.149	2022-09-10 13:50:28	45.00
126	476	Elodie.boucher.476@hotmail.fr	109.228.199.182	2019-03-07 10:49:30	49.00
127	237	kevin.thomas237@yahoo.fr	2.38.49.30	2019-10-05 10:55:43	69.00
128	559	daniel.ollivier559@hotmail.fr	212.219.252.150	2022-12-03 10:10:04	115.20
129	336	cyril.mallet336@hotmail.fr	62.89.27.72	2020-02-26 04:13:19	168.00
130	139	manongermain139@hotmail.com	62.39.119.222	2023-02-17 22:07:42	129.89
131	365	beatrice_lambert365@free.fr	178.10.234.61	2021-08-18 17:18:08	41.89
93	19	  marie-therese.henry_19@laposte.net	212.17.160.22	2021-05-13 06:36:09	10.93
132	110	xavier.vallee110@hotmail.fr	217.202.70.74	2022-06-27 17:04:14	114.04
133	246	louis-marie.gautier246@live.fr	62.253.113.65	2021-12-17 00:19:17	124.37
134	285	elodie.adam285@outlook.fr	178.60.6.159	2019-11-26 20:00:04	279.05
135	1	agathe_texier1@free.fr	84.165.77.29	2022-05-09 03:56:53	28.12
136	134	herve.berger_134@hotmail.fr	46.27.22.186	2021-09-28 19:19:10	19.90
137	117	Sleclercq_117@free.fr	2.48.46.94	2019-10-07 04:49:31	39.07
138	380	adam.humbert.380@live.fr	2.81.55.218	2019-01-24 01:38:42	129.00
139	1	agathe_texier1@free.fr	78.244.239.38	2022-11-03 04:28:35	79.55
140	131	faure.agathe_131@outlook.fr	37.227.15.221	2022-02-04 23:09:41	11.31
141	5	lollivier5@orange.fr	85.5.185.45	2022-11-19 15:14:56	60.00
142	346	Mireille_sanchez346@aol.com	87.9.82.62	2022-05-28 02:25:04	122.00
143	185	paulette.delmas185@aol.com	178.249.210.142	2022-03-04 21:09:40	401.59
144	402	cindy_dasilva402@icloud.com	109.174.194.59	2022-06-12 10:49:29	16.74
145	242	come.vincent242@gmail.com	193.135.114.24	2020-07-22 16:35:45	351.26
146	1	agathe_texier1@free.fr	80.197.177.133	2020-05-27 17:00:35	98.00
147	45	lucienne.perrot45@hotmail.fr	85.203.44.231	2023-01-03 19:54:00	15.46
148	70	annie.mercier70@sfr.fr	81.184.177.94	2020-05-20 00:06:48	54.00
149	627	romane.tessier627@wanadoo.fr	194.88.7.126	2021-05-25 02:28:46	43.46
150	387	monique.guillot387@wanadoo.fr	78.153.151.89	2022-01-20 00:17:10	10.00
151	280	jean-pierre.colin280@live.fr	87.140.45.123	2022-07-11 17:50:48	233.61
152	373	heloise.poirier373@neuf.fr	212.71.164.169	2021-02-19 05:19:26	298.63
153	149	Yassine.marchand.149@hotmail.fr	109.24.99.98	2022-04-14 06:28:27	46.00
154	76	kmarie76@icloud.com	85.84.21.83	2023-04-24 17:54:58	351.95
155	151	theo.richard151@icloud.com	85.181.23.183	2023-02-23 15:27:53	137.00
156	2	dupont.pauline2@gmail.com	85.234.124.144	2019-07-23 18:00:31	170.14
157	3	maximeblanc_3@outlook.fr	78.57.231.36	2019-02-07 22:25:03	123.00
158	531	remy531@yahoo.fr	2.35.243.125	2020-06-20 23:33:15	87.16
159	145	aureliegillet145@gmail.com	46.16.62.211	2021-01-13 07:45:03	245.54
160	70	annie.mercier70@sfr.fr	176.144.214.60	2021-07-09 20:06:10	14.39
161	119	Beatricesimon.119@aol.com	85.98.16.110	2020-10-11 01:30:33	18.25
162	264	jhamon264@laposte.net	88.105.219.14	2020-07-22 16:39:39	31.21
163	37	adrienfaure37@hotmail.fr	188.232.250.60	2021-09-12 13:25:14	10.70
164	159	clement.lefebvre_159@hotmail.fr	91.12.130.237	2023-01-12 02:06:18	85.00
165	1	agathe_texier1@free.fr	62.78.182.15	2023-03-25 09:46:00	140.00
166	466	raphaelmarchal466@gmail.com	109.177.11.133	2021-08-08 21:50:17	19.45
167	60	lucien_bonnet60@gmail.com	88.146.56.138	2019-07-21 21:39:05	38.45
168	198	\N	77.16.98.169	2019-07-16 03:05:56	84.58
169	98	sylviebouvier98@free.fr	82.168.129.10	2020-06-23 13:26:14	40.65
170	135	sophie.marchal.135@outlook.fr	80.73.56.216	2021-03-16 02:16:24	81.33
171	1	agathe_texier1@free.fr	78.244.185.31	2019-08-20 22:14:41	195.00
172	307	millet.juliette307@orange.fr	90.190.191.85	2021-10-04 08:10:51	149.00
173	57	\N	188.83.166.144	2019-03-22 04:28:07	157.79
174	325	louna_benard_325@wanadoo.fr	88.24.31.175	2023-03-20 10:35:34	189.97
175	41	leger.julien_41@hotmail.com	77.35.209.58	2021-07-09 05:25:15	212.99
176	327	christianferre327@bbox.fr	62.129.227.3	2022-10-26 22:58:00	41.12
177	85	gaillard85@bbox.fr	213.97.101.42	2023-01-18 23:34:32	390.98
178	330	gay.baptiste330@hotmail.com	77.77.130.243	2022-06-29 02:59:14	145.00
179	109	rmartinez.109@hotmail.fr	193.203.242.118	2020-02-11 23:53:06	256.92
180	36	comeschmitt36@icloud.com	212.166.80.253	2019-07-22 10:37:56	177.00
181	139	manongermain139@hotmail.com	217.65.40.204	2021-06-20 11:35:29	106.21
182	375	samuel.poirier.375@gmail.com	176.44.250.194	2020-12-28 12:11:27	14.29
183	161	chumbert161@live.fr	92.30.122.198	2022-09-03 19:12:08	5.00
184	230	rbesson230@bbox.fr	78.165.250.70	2021-11-15 12:15:54	51.72
112	14	  marchand.simone14@neuf.fr	91.101.230.107	2019-11-29 03:24:24	34.10
185	93	juliette.fontaine93@orange.fr	90.167.177.163	2021-10-30 16:54:25	39.57
186	93	juliette.fontaine93@orange.fr	62.153.33.61	2021-03-27 00:01:16	47.26
187	26	rodriguez.alexandre26@live.fr	213.227.68.204	2022-04-06 22:51:38	126.55
188	231	franck.andre231@bbox.fr	90.149.254.167	2019-11-28 05:49:44	94.00
189	419	Berger.cindy419@outlook.fr	92.254.90.213	2021-03-08 20:37:59	28.66
48	37	Adrienfaure37@Hotmail.Fr    	62.217.156.217	2019-07-30 19:11:59	96.56
190	49	jeanne.meunier49@hotmail.fr	90.57.167.196	2020-07-30 23:56:28	27.32
191	334	fbarre334@hotmail.fr	37.179.204.125	2021-05-05 16:22:04	76.00
192	10	juliette.guillaume10@gmail.com	80.123.103.215	2023-03-09 05:08:10	244.23
193	201	julien.germain201@free.fr	78.227.132.41	2019-09-11 20:30:07	41.94
194	147	francois.chauvin147@hotmail.fr	84.100.37.176	2021-11-18 15:01:37	49.73
195	555	gael.duval555@sfr.fr	83.89.98.42	2020-04-25 05:05:06	287.69
196	54	Simone.mathieu_54@hotmail.fr	84.236.8.164	2020-06-18 03:08:03	112.00
92	545	bleroy545@sfr.fr	84.93.215.3	2019-12-09 20:42:54	17.55
197	158	\N	83.229.7.142	2020-12-10 10:15:54	202.00
198	1	agathe_texier1@free.fr	80.72.36.113	2019-04-16 07:15:39	18.13
199	22	jean-marcmaillard22@gmail.com	93.197.72.5	2020-07-28 12:17:59	50.28
200	548	jpetit548@neuf.fr	83.63.194.113	2020-11-28 09:38:12	22.55
201	9	Perrin9@free.fr	80.156.80.10	2021-01-08 06:39:05	133.78
202	45	lucienne.perrot45@hotmail.fr	82.26.105.34	2022-07-25 21:36:13	158.00
203	456	michel.pasquier456@wanadoo.fr	2.62.39.76	2022-04-24 15:26:50	222.82
204	8	ambre.rey8@hotmail.fr	91.67.199.181	2021-08-01 02:37:24	49.57
205	400	Tessier400@aol.com	90.107.229.194	2021-04-04 21:16:38	48.05
206	441	leo.girard.441@orange.fr	91.112.139.253	2020-02-28 04:31:39	238.96
207	147	francois.chauvin147@hotmail.fr	217.215.212.106	2020-10-28 12:48:47	27.33
208	37	adrienfaure37@hotmail.fr	178.77.135.237	2019-10-14 07:36:04	271.43
209	98	sylviebouvier98@free.fr	37.150.56.75	2019-10-20 13:43:48	54.24
196	54	Simone.mathieu_54@hotmail.fr	84.236.8.164	2020-06-18 03:08:03	112.00
210	25	fabrice_perrin25@hotmail.com	176.250.232.236	2019-08-23 16:39:33	201.98
211	606	christiane.cousin606@hotmail.fr	80.38.60.142	2021-08-17 14:17:30	347.40
212	270	enzo.bernard270@sfr.fr	194.155.161.181	2020-04-26 01:43:48	121.57
213	182	Riviere.valerie_182@hotmail.com	193.10.178.227	2021-07-20 19:36:17	51.71
214	569	lleveque.569@aol.com	87.117.159.197	2021-05-25 20:33:19	36.17
215	282	juliettebailly282@free.fr	62.5.98.83	2022-08-03 08:21:18	37.54
216	121	robin.121@hotmail.fr	90.185.231.76	2020-01-11 00:45:55	15.11
217	529	roche.quentin529@orange.fr	194.226.152.149	2021-08-01 08:53:13	42.38
218	162	noelrobin162@orange.fr	88.40.130.138	2019-09-02 11:02:34	50.34
116	28	   BARON_28@GMAIL.COM 	87.55.121.147	2019-06-13 11:00:18	198.48
219	577	lucas.fleury577@outlook.fr	195.95.20.170	2021-06-23 18:12:32	191.00
220	397	mariedaniel397@hotmail.fr	194.45.243.174	2019-08-30 02:17:13	61.00
221	151	theo.richard151@icloud.com	188.120.222.175	2022-07-28 10:16:06	100.00
222	597	anne.leroux597@free.fr	212.151.89.28	2022-09-26 23:10:49	172.78
223	87	yannick.dumas87@free.fr	212.250.227.175	2021-07-24 04:03:18	60.77
224	644	emmanuel_laporte644@laposte.net	77.114.166.242	2020-03-12 02:39:14	39.53
225	393	marie.chauvin393@laposte.net	88.45.135.218	2019-08-28 18:30:02	46.51
226	40	adeoliveira40@free.fr	91.16.164.116	2022-07-14 01:04:59	204.00
227	9	Perrin9@free.fr	80.45.57.4	2023-03-27 22:14:21	21.03
228	4	isabelle.gillet4@outlook.fr	2.65.115.102	2019-12-25 09:41:35	94.00
229	13	adrien.blanc13@gmail.com	92.36.89.116	2021-07-06 09:12:07	87.00
230	571	colettefabre571@outlook.fr	31.44.206.40	2021-12-20 18:35:09	382.20
187	26	Rodriguez.Alexandre26@Live.Fr	213.227.68.204	2022-04-06 22:51:38	126.55
19	567	NANDRE567@AOL.COM	93.136.181.47	2019-03-20 01:03:59	16.29
231	16	lemaire.valerie16@free.fr	217.214.4.99	2022-03-19 03:33:32	153.94
232	15	richard.christophe15@aol.com	5.71.19.67	2021-08-25 09:10:17	27.88
20	171	didier.simon171@neuf.fr 	81.117.237.80	2022-05-01 21:14:08	385.13
233	447	jacquet.ginette447@live.fr	37.47.22.92	2021-03-04 00:59:59	39.48
18	251	guillaumejoly251@free.fr	92.38.221.138	2022-05-02 10:35:29	327.88
234	30	eklein.30@hotmail.fr	93.108.249.111	2021-07-03 05:59:48	75.16
235	483	marcel.roussel483@free.fr	87.244.75.190	2021-05-04 16:06:29	167.00
220	397	mariedaniel397@hotmail.fr	194.45.243.174	2019-08-30 02:17:13	61.00
236	597	anne.leroux597@free.fr	78.122.71.226	2021-03-24 21:06:16	83.74
237	247	Hlefevre247@hotmail.fr	193.58.4.96	2021-08-17 06:20:30	102.06
238	45	lucienne.perrot45@hotmail.fr	178.147.38.15	2021-05-02 13:05:31	7.00
239	2	dupont.pauline2@gmail.com	178.180.57.8	2023-02-18 09:12:36	95.00
209	98	sylviebouvier98@free.fr	37.150.56.75	2019-10-20 13:43:48	54.24
240	529	roche.quentin529@orange.fr	37.72.8.113	2020-09-02 15:21:25	51.27
241	442	aicha.duval442@hotmail.fr	80.121.111.243	2022-09-19 03:19:12	25.22
242	5	lollivier5@orange.fr	87.253.172.66	2021-03-25 21:03:10	195.33
243	4	isabelle.gillet4@outlook.fr	2.201.77.77	2022-06-15 23:43:13	317.09
244	28	Baron_28@gmail.com	81.205.5.12	2022-08-16 19:00:57	96.00
245	395	olivierlemaire.395@icloud.com	212.66.142.131	2021-08-23 23:31:17	123.00
246	3	maximeblanc_3@outlook.fr	195.140.99.197	2021-08-04 18:07:48	132.00
247	319	raphael.klein319@gmail.com	81.153.239.174	2020-09-23 11:29:32	31.43
248	336	cyril.mallet336@hotmail.fr	212.128.203.150	2022-07-29 16:36:37	30.00
249	61	aubry61@hotmail.fr	91.59.65.48	2020-02-21 18:39:31	156.00
250	385	christophedeoliveira385@bbox.fr	80.190.209.21	2019-12-02 19:23:50	26.22
251	18	georges.gaillard18@gmail.com	217.119.211.7	2019-04-21 06:55:33	70.00
252	2	dupont.pauline2@gmail.com	77.237.220.57	2020-10-12 07:49:01	12.65
253	14	marchand.simone14@neuf.fr	213.73.102.202	2021-02-11 13:32:08	14.12
254	415	fabre.aicha415@hotmail.fr	188.170.181.76	2021-04-13 14:49:19	113.94
41	411	jeanne_louis411@neuf.fr	37.147.211.86	2019-08-01 17:40:34	45.49
255	44	andree.cordier44@gmail.com	188.8.242.119	2021-07-21 05:46:42	385.87
256	272	paulinejean272@live.fr	88.122.74.2	2020-06-10 23:44:03	83.00
257	14	marchand.simone14@neuf.fr	77.146.87.6	2022-08-11 06:53:17	141.74
258	40	adeoliveira40@free.fr	88.209.135.212	2021-05-04 04:07:58	11.70
259	32	gregory.thebault32@orange.fr	2.91.21.201	2020-12-21 11:27:51	285.10
260	548	jpetit548@neuf.fr	37.209.76.18	2019-09-22 18:32:22	52.27
261	501	flambert501@neuf.fr	46.91.128.164	2022-02-07 15:08:58	34.68
262	236	annie.vallee236@live.fr	37.252.246.150	2020-09-02 11:25:30	39.27
263	268	jean-francois.poulain268@free.fr	195.147.152.38	2023-02-04 22:29:08	7.31
264	128	josephrodriguez_128@yahoo.fr	91.80.78.214	2022-05-03 07:15:16	16.00
265	24	blanc.jessica24@live.fr	80.223.113.236	2022-07-13 00:45:58	15.50
266	8	ambre.rey8@hotmail.fr	87.247.106.101	2021-06-15 05:51:58	264.87
267	579	karim.caron579@bbox.fr	90.214.236.247	2021-09-19 02:52:01	89.90
268	46	hubert46@icloud.com	195.215.52.193	2022-05-03 11:56:05	50.99
269	366	karimlaporte366@hotmail.fr	88.184.36.116	2021-07-13 16:58:37	160.15
270	41	leger.julien_41@hotmail.com	81.235.255.138	2022-12-04 17:23:43	15.00
271	376	boucher376@wanadoo.fr	217.49.216.163	2021-12-03 19:01:43	371.48
272	322	julie_haddad322@outlook.fr	87.244.4.172	2019-04-28 15:10:10	20.33
273	62	bouvier.annie62@gmail.com	188.213.146.237	2022-11-14 09:13:03	397.21
274	1	agathe_texier1@free.fr	188.108.201.164	2021-05-22 05:24:29	151.00
3	271	muller.271@aol.com	78.125.119.83	2023-04-14 14:11:00	81.00
275	136	pauline_carlier136@gmail.com	2.148.141.180	2022-09-29 16:13:01	32.41
276	26	rodriguez.alexandre26@live.fr	176.82.240.68	2022-12-17 01:41:27	305.69
277	180	raymondreynaud180@hotmail.com	213.60.8.170	2020-08-17 03:56:46	352.44
278	46	hubert46@icloud.com	37.92.34.166	2020-08-22 23:37:45	210.35
85	115	coralie_poirier115@orange.fr	193.234.178.76	2021-04-27 12:17:28	27.67
279	572	vallee.572@orange.fr	217.89.54.175	2019-11-02 12:20:56	54.18
280	45	lucienne.perrot45@hotmail.fr	92.82.158.171	2021-08-14 04:12:42	281.97
281	104	caron104@gmail.com	86.64.99.47	2021-10-11 02:08:32	14.85
282	494	amandine.menard494@wanadoo.fr	81.126.107.15	2020-10-16 10:33:42	106.00
283	155	\N	46.25.217.112	2021-07-06 16:39:14	87.57
284	432	dbarre432@outlook.fr	62.114.238.165	2021-08-16 13:33:57	42.13
285	196	germaine_julien196@gmail.com	193.27.162.93	2019-03-29 19:01:41	90.00
286	30	eklein.30@hotmail.fr	91.104.219.178	2022-09-15 22:01:51	110.00
287	139	manongermain139@hotmail.com	84.238.64.183	2020-07-06 17:49:49	158.00
288	620	renee.jacob_620@aol.com	81.14.114.254	2020-10-10 11:31:30	6.54
289	243	hugonicolas243@neuf.fr	213.10.174.246	2022-12-21 12:02:07	30.86
290	524	sanchez.annie524@aol.com	88.78.249.90	2019-06-27 07:18:38	7.35
291	109	rmartinez.109@hotmail.fr	93.163.156.151	2019-07-07 01:14:19	27.00
292	577	lucas.fleury577@outlook.fr	193.248.35.106	2019-10-13 13:28:19	203.00
293	383	victor.hamon_383@orange.fr	194.194.162.215	2020-05-16 22:17:02	104.00
294	279	hamon.zoe279@icloud.com	213.91.198.215	2020-02-28 16:30:29	10.14
295	34	camille.gaillard.34@gmail.com	82.98.233.47	2021-09-25 13:28:37	388.30
296	14	marchand.simone14@neuf.fr	5.220.27.213	2022-04-07 02:08:53	85.34
297	244	ginette.dasilva244@free.fr	82.181.222.22	2022-10-07 08:39:02	373.35
298	2	dupont.pauline2@gmail.com	109.119.184.171	2023-04-11 14:02:28	46.53
299	14	marchand.simone14@neuf.fr	2.211.234.146	2021-02-24 18:08:05	87.00
300	287	anthony.langlois287@gmail.com	213.223.196.60	2021-10-26 11:49:11	21.10
301	22	jean-marcmaillard22@gmail.com	193.241.45.183	2023-03-13 06:29:53	96.00
302	65	kevin_meyer.65@neuf.fr	80.229.97.201	2021-06-07 21:44:30	249.05
303	4	isabelle.gillet4@outlook.fr	86.35.219.236	2021-08-23 08:25:24	51.83
304	95	adam.leveque95@free.fr	194.98.158.117	2022-04-22 06:27:30	22.05
305	506	audrey.reynaud506@outlook.fr	193.145.148.208	2022-02-06 12:17:46	170.00
306	24	blanc.jessica24@live.fr	93.193.18.26	2019-06-01 10:32:42	52.55
307	56	suzanne.legoff56@gmail.com	92.108.19.143	2019-04-15 21:25:04	47.00
308	53	Ehaddad53@neuf.fr	195.232.39.152	2021-07-16 20:25:24	14.23
309	13	adrien.blanc13@gmail.com	93.132.82.254	2021-04-24 22:51:38	47.00
310	613	blanc613@orange.fr	93.214.14.133	2020-04-11 05:44:44	195.00
311	566	tmeunier566@live.fr	217.105.123.126	2022-10-06 16:11:03	32.71
312	644	emmanuel_laporte644@laposte.net	194.90.176.176	2021-11-27 17:00:16	196.00
313	118	dubois118@orange.fr	5.102.54.213	2019-04-27 18:14:04	50.95
314	41	leger.julien_41@hotmail.com	88.253.165.111	2022-04-07 04:01:04	45.54
315	1	agathe_texier1@free.fr	78.72.51.226	2021-09-18 10:40:34	12.73
316	97	patrick.dumont97@orange.fr	92.162.202.121	2022-12-06 01:27:35	42.00
193	201	  Julien.Germain201@Free.Fr	78.227.132.41	2019-09-11 20:30:07	41.94
317	113	joly.leo113@neuf.fr	31.130.96.14	2020-01-25 01:47:13	123.48
318	94	Roche_94@free.fr	217.188.113.250	2020-05-14 07:58:56	117.08
319	275	Evelyne.cousin275@bbox.fr	176.54.180.113	2023-04-01 03:24:52	241.56
320	408	huet.agnes408@outlook.fr	217.57.249.127	2019-08-01 13:41:17	49.00
321	251	guillaumejoly251@free.fr	109.165.159.93	2022-02-11 23:36:50	140.71
\.


--
-- Name: people_id_seq; Type: SEQUENCE SET; Schema: public; Owner: crm
--

SELECT pg_catalog.setval('public.people_id_seq', 644, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: crm
--

SELECT pg_catalog.setval('public.orders_id_seq', 321, true);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: crm
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: crm
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: idx_people_email; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_people_email ON public.people USING btree (email);


--
-- Name: idx_people_name; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_people_name ON public.people USING btree (nom, prenom);


--
-- Name: idx_people_postcode; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_people_postcode ON public.people USING btree (code_postal);


--
-- Name: idx_orders_email; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_orders_email ON public.orders USING btree (email);


--
-- Name: idx_orders_people_id; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_orders_people_id ON public.orders USING btree (people_id);


--
-- Name: idx_orders_created_at; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_orders_created_at ON public.orders USING btree (created_at);


--
-- Name: orders orders_people_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: crm
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_people_id_fkey FOREIGN KEY (people_id) REFERENCES public.people(id);


--
-- PostgreSQL database dump complete
--

