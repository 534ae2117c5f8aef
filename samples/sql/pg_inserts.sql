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
    title character varying(8) NOT NULL,
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    dob character varying(16) NOT NULL,
    email character varying(255),
    phone character varying(32),
    address character varying(255) NOT NULL,
    postcode character varying(16) NOT NULL,
    city character varying(100) NOT NULL,
    nino character varying(16),
    nhs_number character varying(16),
    iban character varying(64),
    card_number character varying(32),
    notes text DEFAULT ''::text NOT NULL
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

INSERT INTO public.people VALUES (1, 'Mr', 'Stuart', 'Richards', '1986-11-17', 'srichards1@yahoo.co.uk', '07830187074', '65 Meadow View', 'SO14 3PS', 'Southampton', 'BN896475C', '4883303624', 'GB76 SCBL 2695 4872 5395 27', NULL, '');
INSERT INTO public.people VALUES (2, 'Mrs', 'Margaret', 'Miller', '1988-01-25', 'margaret.miller2@gmail.com', '07527 848465', '12 Victoria Road', 'BT9 4XX', 'Belfast', NULL, '4624516931', 'GB44MONZ94174886351403', '2599887431093890', '');
INSERT INTO public.people VALUES (3, 'Dr', 'Graham', 'Stewart', '1930-01-27', 'graham_stewart3@btinternet.com', '+44 7737 750230', '68 North Street', 'BT1 1AU', 'Belfast', 'YY084247B', '450 651 8306', NULL, NULL, '');
INSERT INTO public.people VALUES (4, 'Mr', 'Finley', 'Bell', '1969-11-24', 'finley.bell4@virginmedia.com', '+447418435697', '70 London Road', 'LS1 1LH', 'Leeds', 'ZJ260789A', '477 388 7222', NULL, NULL, 'urgent, call back');
INSERT INTO public.people VALUES (5, 'Mr', 'Logan', 'Spencer', '1945-01-27', 'Logan.spencer5@live.co.uk', '07769162880', '64 London Road', 'EH3 0HL', 'Edinburgh', 'BM 17 34 33 B', '686 502 3641', NULL, NULL, '');
INSERT INTO public.people VALUES (6, 'Mrs', 'Ivy', 'Scott', '1953-04-12', 'scott6@hotmail.co.uk', '07429 344018', '69 Chester Road', 'L1 4XZ', 'Liverpool', 'MK 17 09 78 B', '4128233307', NULL, NULL, '');
INSERT INTO public.people VALUES (7, 'Mr', 'Charlie', 'Richards', '2003-01-27', 'Charlie.richards.7@googlemail.com', '07577 349970', '8 Green Lane', 'CF11 5FA', 'Cardiff', 'JE348914A', '689 312 7421', 'GB94NWBK01759323948059', NULL, '');
INSERT INTO public.people VALUES (8, 'Mr', 'Ciarán', 'Lewis', '1983-08-03', 'lewis8@gmail.com', '07870308718', '30 Mill Road', 'NG2 3XB', 'Nottingham', 'EL510348C', NULL, 'GB09 MIDL 5635 8310 4958 81', '4532 8368 2036 8823', '');
INSERT INTO public.people VALUES (9, 'Mr', 'Callum', 'Murphy', '1949-04-22', 'callum_murphy9@live.co.uk', '+447720723896', '91 North Road', 'M1 0FH', 'Manchester', 'RW628475C', '450 514 8386', NULL, '5412 7511 8247 3255', '');
INSERT INTO public.people VALUES (10, 'Mrs', 'Alice', 'Barker', '1971-02-19', 'barker.alice10@googlemail.com', '+44 7774 396768', '25 High Street', 'CV3 5ZR', 'Coventry', 'PH382823A', NULL, 'GB95 BUKB 7364 2575 8269 64', NULL, '');
INSERT INTO public.people VALUES (11, 'Mr', 'Ryan', 'Mills', '1980-06-07', 'ryan.mills11@aol.com', '+447808323062', '7 York Road', 'BS6 1ZS', 'Bristol', 'TA797357C', '4692027266', 'GB11 LOYD 5161 6253 4132 21', NULL, '');
INSERT INTO public.people VALUES (12, 'Mr', 'Stuart', 'Harrison', '1959-08-11', 'harrison12@yahoo.co.uk', '07853 481875', '162 Alexander Road', 'CV2 9GT', 'Coventry', 'SW 15 12 82 B', '445 317 3881', 'GB33SCBL85747804650306', NULL, 'loyal customer');
INSERT INTO public.people VALUES (13, 'Miss', 'Chloë', 'Foster', '1931-07-29', 'chloe.foster_13@outlook.com', '+447554193936', '11 Windsor Road', 'NW3 5RD', 'London', 'CW 08 24 95 D', '4715965119', NULL, NULL, '');
INSERT INTO public.people VALUES (14, 'Mrs', 'Louise', 'Miller', '1958-08-03', 'miller.louise14@gmail.com', '07716911726', '21 London Road', 'CB5 7BD', 'Cambridge', 'ER 41 50 67 C', '424 431 6345', 'GB07 NWBK 2503 0491 1690 07', '4556736670499648', 'moved house');
INSERT INTO public.people VALUES (15, 'Mr', 'George', 'Pearson', '1949-08-28', 'george_pearson15@gmail.com', '07732616982', '12 Windsor Road', 'CV2 1LG', 'Coventry', 'CL947609D', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (15, 'Mr', 'George', 'Pearson', '1949-08-28', 'george_pearson15@gmail.com', '07732616982', '12 Windsor Road', 'CV2 1LG', 'Coventry', 'CL947609D', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (16, 'Miss', 'Sophia', 'Barker', '1977-08-28', 'sophia_barker16@aol.com', NULL, '137 Queen Street', 'ST3 3RU', 'Stoke-on-Trent', 'EP089301B', NULL, NULL, '4970 1058 4315 5891', E'input cut \x1A');
INSERT INTO public.people VALUES (17, 'Ms', 'Susan', 'Young', '1968-06-13', 'susan.young17@yahoo.co.uk', '07952 980151', '101 Queensway', 'LE5 0TY', 'Leicester', 'TS780998B', '4454721084', NULL, NULL, '');
INSERT INTO public.people VALUES (18, 'Ms', 'Stacey', 'Rogers', '1986-08-02', 'rogers_18@virginmedia.com', '07426 520288', '13 Queensway', 'AB15 9JW', 'Aberdeen', 'BJ767112B', '485 157 7753', 'GB98BARC46293863705409', NULL, 'urgent, call back');
INSERT INTO public.people VALUES (19, 'Mr', 'Theo', 'Moore', '1971-05-09', 'theo_moore19@gmail.com', '+44 7808 201258', '41 George Street', 'BN3 7TS', 'Brighton', 'LX859760C', '4992202403', 'GB16BARC12056366252531', NULL, 'complaint open');
INSERT INTO public.people VALUES (20, 'Mr', 'Lucas', 'O''Connor', '1977-12-28', 'Lucas.oconnor20@outlook.com', '07421 156156', '37 Victoria Street', 'SE1 0DU', 'London', 'XG125224D', NULL, 'GB53MONZ00272878824148', NULL, '');
INSERT INTO public.people VALUES (21, 'Miss', 'Ella', 'Scott', '1965-09-12', 'escott.21@gmail.com', '+447813744234', '44 Alexander Road', 'L15 9PX', 'Liverpool', 'YX535315A', NULL, NULL, '4970106385946853', '');
INSERT INTO public.people VALUES (22, 'Mr', 'Mason', 'Simpson', '1977-05-09', 'simpson.22@aol.com', '07583 103925', 'Flat 24B, 102 York Road', 'BS3 7NT', 'Bristol', 'SJ751520B', '4476387918', NULL, NULL, '');
INSERT INTO public.people VALUES (23, 'Mr', 'Noah', 'Foster', '1934-12-27', 'noah.foster23@hotmail.co.uk', '+447798263439', '50 Church Street', 'CF23 4GY', 'Cardiff', 'WA801446C', '4794297440', NULL, NULL, '');
INSERT INTO public.people VALUES (24, 'Miss', 'Claire', 'Bennett', '1953-08-30', 'claire_bennett.24@gmail.com', '07889 869588', '61 Green Lane', 'NG1 8AT', 'Nottingham', 'AA928113D', '429 386 4067', NULL, NULL, '');
INSERT INTO public.people VALUES (25, 'Ms', 'Zoë', 'Fitzgerald', '1984-01-20', 'zoe.fitzgerald25@btinternet.com', '07558 785942', '41 New Road', 'BT5 6YS', 'Belfast', 'EL195540C', '476 566 3442', NULL, NULL, 'call back after 6pm');
INSERT INTO public.people VALUES (26, 'Mr', 'Muhammad', 'Howard', '1969-12-26', 'muhammad.howard26@hotmail.co.uk', '+447896899817', '192 School Lane', 'SW19 6LZ', 'London', 'AB487286D', '404 620 8384', NULL, '5355220955072529', 'loyal customer');
INSERT INTO public.people VALUES (27, 'Dr', 'Deborah', 'Taylor', '2003-05-07', 'dtaylor27@gmail.com', '07843772907', '154 Park Avenue', 'PL4 2RY', 'Plymouth', 'TW 33 13 65 A', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (28, 'Mr', 'George', 'Gibson', '1997-08-31', 'georgegibson28@gmail.com', '07932680690', '54 The Green', 'SO15 7UU', 'Southampton', 'SA699647C', '473 408 5838', NULL, NULL, 'gone away');
INSERT INTO public.people VALUES (29, 'Mrs', 'Emily', 'Lawrence', '1967-03-08', 'Elawrence29@hotmail.co.uk', '+44 7960 374771', '67 Victoria Road', 'BN3 2LR', 'Brighton', 'KR802902B', '443 385 2414', NULL, '2599 8860 2248 9673', 'loyal customer');
INSERT INTO public.people VALUES (17, 'Ms', 'Susan', 'Young', '1968-06-13', 'susan.young17@yahoo.co.uk', '07952 980151', '101 Queensway', 'LE5 0TY', 'Leicester', 'TS780998B', '4454721084', NULL, NULL, '');
INSERT INTO public.people VALUES (30, 'Mrs', 'Florence', 'Day', '1952-07-15', 'florence.day30@hotmail.co.uk', '+44 7565 393419', '44 Church Road', 'RG1 9LY', 'Reading', 'ZG 58 22 42 B', '612 548 2081', NULL, NULL, 'quote sent 03/02');
INSERT INTO public.people VALUES (31, 'Dr', 'Richard', 'Wood', '1959-04-22', 'richard_wood31@hotmail.co.uk', '07981545951', '4 Albert Road', 'NR2 7PA', 'Norwich', 'BP930782A', '6779494011', NULL, '349876537116660', '');
INSERT INTO public.people VALUES (29, 'Mrs ', 'Emily', 'Lawrence', ' 1967-03-08   ', 'Elawrence29@hotmail.co.uk', '+44 7960 374771', '67 Victoria Road', 'BN3 2LR', 'Brighton', 'KR802902B', '443 385 2414', NULL, '2599 8860 2248 9673', 'loyal customer');
INSERT INTO public.people VALUES (32, 'Mrs', 'Zoë', 'Hill', '1978-06-16', 'hill.zoe32@hotmail.co.uk', '+447818130345', '1 New Road', 'CB4 4ET', 'Cambridge', 'LL058124B', '4529904539', NULL, NULL, 'ID scan: C:\Users\frontdesk\Documents\passport.pdf');
INSERT INTO public.people VALUES (33, 'Mr', 'Dafydd', 'West', '1965-09-24', 'dafydd.west33@btinternet.com', '07744 578116', '8 Springfield Road', 'B29 6QU', 'Birmingham', 'AZ050588C', '4663081711', 'GB11SCBL84580943696909', NULL, '');
INSERT INTO public.people VALUES (34, 'Dr', 'Grace', 'Saunders', '1956-06-18', 'grace.saunders34@gmail.com', '+44 7549 043058', 'Flat 3, 10 York Road', 'SO14 9TQ', 'Southampton', 'AM202385C', NULL, 'GB83 BUKB 1600 5041 5182 64', NULL, '');
INSERT INTO public.people VALUES (35, 'Mr', 'Christopher', 'Roberts', '1929-12-31', 'christopher.roberts35@talktalk.net', '+44 7439 475289', '52 The Avenue', 'W1 0EQ', 'London', 'SP 83 17 85 A', '4878125829', NULL, '2710114103648370', '');
INSERT INTO public.people VALUES (36, 'Mr', 'Zachary', 'Ali', '1957-04-30', 'zali36@icloud.com', '+44 7968 250375', '57 North Street', 'CV2 5LB', 'Coventry', 'YB197379D', '407 710 8098', NULL, NULL, '');
INSERT INTO public.people VALUES (37, 'Mr', 'Harrison', 'Mitchell', '1941-02-06', 'mitchell.harrison_37@icloud.com', '+44 7586 950319', '76 Manor Road', 'PL9 3JQ', 'Plymouth', 'MW 05 97 39 B', NULL, NULL, NULL, 'call back after 6pm');
INSERT INTO public.people VALUES (37, 'Mr', 'Harrison', 'Mitchell', '1941-02-06', 'MITCHELL.HARRISON_37@ICLOUD.COM', '+44 7586 950319', '76 Manor Road', 'PL9 3JQ', 'Plymouth', 'MW 05 97 39 B', NULL, NULL, NULL, 'call back after 6pm');
INSERT INTO public.people VALUES (38, 'Mrs', 'Olivia', 'Morris', '1960-03-28', 'olivia_morris38@gmail.com', '+447413606817', '14 Springfield Road', 'CV6 5NS', 'Coventry', 'LL 15 82 34 A', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (39, 'Mr', 'Barry', 'Walsh', '1998-05-18', 'barry.walsh39@icloud.com', '+447452395368', '38 York Road', 'SO16 6LJ', 'Southampton', 'WR178899D', NULL, NULL, '4147 2040 3041 4530', '');
INSERT INTO public.people VALUES (40, 'Miss', 'Alice', 'Lewis', '1945-05-28', 'Lewis40@live.co.uk', '07937209532', 'Flat 10, 116 Alexander Road', 'RG2 0WL', 'Reading', 'AZ 98 45 36 A', NULL, 'GB51HBUK01227108502338', NULL, '');
INSERT INTO public.people VALUES (41, 'Mr', 'Noah', 'Jones', '1984-09-26', 'jones.noah41@btinternet.com', '07858174080', '57 The Avenue', 'RG4 0SS', 'Reading', 'GJ212679A', NULL, NULL, '5412758428601649', '');
INSERT INTO public.people VALUES (42, 'Miss', 'Eilidh', 'Williams', '1979-07-14', 'eilidh.williams42@hotmail.co.uk', '07926882986', 'Flat 5B, 24 Queens Road', 'CB3 6BJ', 'Cambridge', 'ZK 87 73 11 B', NULL, NULL, '4970103510252893', 'moved house');
INSERT INTO public.people VALUES (43, 'Mrs', 'Megan', 'Fox', '1958-05-27', 'Fox.megan43@live.co.uk', '07510116897', '46 Windsor Road', 'LS8 9LP', 'Leeds', 'NM339132D', '644 058 1171', NULL, NULL, '');
INSERT INTO public.people VALUES (29, 'Mrs', 'Emily', 'Lawrence', '1967-03-08', 'Elawrence29@hotmail.co.uk', '+44 7960 374771', '67 Victoria Road', 'BN3 2LR', 'Brighton', 'KR802902B', '443 385 2414', NULL, '2599 8860 2248 9673', 'loyal customer');
INSERT INTO public.people VALUES (44, 'Mr', 'Peter', 'Ford', '1969-06-13', 'ford_44@talktalk.net', '+447733059237', '172 Broadway', 'NE6 1GG', 'Newcastle upon Tyne', 'EM744018D', NULL, NULL, '4970100799056318', 'refund issued');
INSERT INTO public.people VALUES (45, 'Mr', 'Neil', 'Simpson', '1956-03-12', 'Nsimpson45@sky.com', '07798 074127', 'Flat 2, 110 Park Lane', 'BN1 4NR', 'Brighton', 'AX025087A', NULL, NULL, '4974014690026591', 'copied to \\fileserver\customers\2022\');
INSERT INTO public.people VALUES (46, 'Mr', 'Rhys', 'Walsh', '1966-09-24', 'rwalsh46@aol.com', '+447410470562', '65 North Road', 'EH3 4EL', 'Edinburgh', 'NW 90 08 34 A', '434 127 0389', NULL, NULL, 'note: see file');
INSERT INTO public.people VALUES (47, 'Miss', 'Nicola', 'Robinson', '1968-03-24', 'robinson.nicola47@live.co.uk', '+44 7820 834429', '37 Grove Road', 'EX2 2ES', 'Exeter', 'CP 30 50 52 D', '498 683 8512', 'GB87LOYD71497685837795', NULL, '');
INSERT INTO public.people VALUES (48, 'Mrs', 'Olivia', 'Bell', '1968-01-02', 'olivia_bell48@btinternet.com', '+447435837699', '20 Main Street', 'LS6 1ZH', 'Leeds', 'ET736846A', '4808989573', NULL, NULL, '');
INSERT INTO public.people VALUES (49, 'Mr', 'Leo', 'Barker', '1998-10-04', 'leo.barker.49@icloud.com', '07951 930546', '32 London Road', 'YO10 6UH', 'York', 'XR145309B', '499 201 2523', NULL, NULL, '');
INSERT INTO public.people VALUES (50, 'Mrs', 'Natalie', 'Wilkinson', '1978-06-20', 'natalie_wilkinson50@hotmail.co.uk', '07766765565', 'Flat 2, 139 Church Lane', 'ST6 2AT', 'Stoke-on-Trent', NULL, '453 277 0408', 'GB03 BUKB 3650 3702 7118 75', NULL, '');
INSERT INTO public.people VALUES (51, 'Miss', 'Sienna', 'Robinson', '1977-07-16', 'siennarobinson51@sky.com', '+447482653693', 'Flat 11, 11 King Street', 'ST6 0WA', 'Stoke-on-Trent', 'SC244333D', NULL, 'GB30 HBUK 5077 4350 7766 10', NULL, '');
INSERT INTO public.people VALUES (52, 'Ms', 'Zoë', 'Williams', '1982-03-15', 'zoewilliams52@icloud.com', '+447904617673', 'Flat 4, 201 Springfield Road', 'SO14 0AX', 'Southampton', 'KC108661D', '629 062 5241', NULL, NULL, '');
INSERT INTO public.people VALUES (53, 'Mr', 'Lucas', 'Palmer', '1982-10-24', NULL, '+44 7954 848025', '111 Kings Road', 'CF24 6SH', 'Cardiff', 'MW 94 09 21 D', '460 634 1017', 'GB33 BUKB 3470 6155 0703 72', NULL, '');
INSERT INTO public.people VALUES (40, 'Miss', 'Alice', 'Lewis', '1945-05-28', 'Lewis40@live.co.uk', '07937209532', 'Flat 10, 116 Alexander Road', 'RG2 0WL', 'Reading', 'AZ 98 45 36 A', NULL, 'GB51HBUK01227108502338', NULL, '');
INSERT INTO public.people VALUES (19, 'Mr', 'Theo', 'Moore', '1971-05-09', 'theo_moore19@gmail.com', '+44 7808 201258', '41 George Street', 'BN3 7TS', 'Brighton', 'LX859760C', '4992202403', 'GB16BARC12056366252531', NULL, 'complaint open');
INSERT INTO public.people VALUES (54, 'Mrs', 'Abigail', 'Palmer', '1934-12-22', 'Apalmer_54@aol.com', '+447457492840', '32 Mill Road', 'CB2 0RY', 'Cambridge', NULL, NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (55, 'Mr', 'Aled', 'Harrison', '1945-07-20', 'aled.harrison_55@virginmedia.com', '+44 7789 777695', '62 Church Street', 'SA2 9ED', 'Swansea', 'ZM482579D', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (56, 'Mr', 'Theo', 'Harris', '1989-10-20', 'theo.harris.56@sky.com', '+44 7752 094892', '33 Kingsway', 'BS3 3WW', 'Bristol', 'TE542583B', '4662986605', NULL, '4532834266308700', 'newsletter opt-in');
INSERT INTO public.people VALUES (57, 'Mr', 'Alfie', 'Payne', '1934-11-17', 'payne_57@gmail.com', '07798631799', '110 Victoria Road', 'BA1 2QE', 'Bath', 'NY341767D', '448 273 0297', NULL, NULL, '');
INSERT INTO public.people VALUES (58, 'Mrs', 'Niamh', 'Hussain', '1947-04-14', 'Niamh.hussain58@sky.com', '07493540360', '1 School Lane', 'EX1 5XZ', 'Exeter', 'NZ382443B', '687 514 1841', 'GB56SCBL00903094448012', NULL, '');
INSERT INTO public.people VALUES (59, 'Ms', 'Siobhan', 'O''Neill', '1994-05-22', 'siobhan.oneill59@aol.com', '+44 7412 663343', '39 The Green', 'NW1 0QU', 'London', 'NG 59 76 52 C', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (60, 'Mr', 'Joseph', 'Bradley', '1980-03-05', 'Joseph.bradley.60@talktalk.net', '07551032888', 'Flat 12, 38 Park Lane', 'L1 8SL', 'Liverpool', 'JX572277B', '6679506581', 'GB51 HBUK 1797 2040 5207 24', NULL, E'line 1\ncustomer unhappy, wrote "urgent!"');
INSERT INTO public.people VALUES (61, 'Mr', 'Leo', 'Mason', '1962-10-25', 'leo_mason61@yahoo.co.uk', NULL, '60 Manchester Road', 'BA2 6SB', 'Bath', 'JG 26 29 63 D', '414 832 4227', NULL, NULL, '');
INSERT INTO public.people VALUES (62, 'Mrs', 'Sienna', 'Jones', '1997-08-01', 'sienna.jones_62@virginmedia.com', '+44 7809 582561', '104 Station Road', 'NG7 3PP', 'Nottingham', 'TL478235A', NULL, 'GB96 BUKB 4491 8756 7954 04', '5412757705727168', '');
INSERT INTO public.people VALUES (63, 'Mr', 'Mohammed', 'Barker', '1994-07-21', 'Barker63@googlemail.com', '+44 7908 217245', '105 High Street', 'L18 1QS', 'Liverpool', NULL, '4880233439', NULL, '4147203362354454', '');
INSERT INTO public.people VALUES (64, 'Mr', 'Mohammed', 'Richardson', '1990-08-11', 'mrichardson64@hotmail.co.uk', '07782 255394', '49 Church Street', 'ST1 3TB', 'Stoke-on-Trent', 'HZ 58 41 68 D', '458 020 9311', NULL, '2234563677154396', E'line 1\r\nline 2');
INSERT INTO public.people VALUES (56, 'Mr', 'Theo', 'Harris', '1989-10-20', 'theo.harris.56@sky.com', '+44 7752 094892', '33 Kingsway', 'BS3 3WW', 'Bristol', '   TE542583B', '4662986605', NULL, '4532834266308700', 'newsletter opt-in');
INSERT INTO public.people VALUES (65, 'Dr', 'Dafydd', 'Davis', '1992-11-30', 'Dafydd.davis65@sky.com', '+447944016522', 'Flat 12, 3 Main Street', 'NE6 3ED', 'Newcastle upon Tyne', NULL, NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (66, 'Mrs', 'Isla', 'Bailey', '1981-11-18', 'bailey66@gmail.com', '07508 165505', '43 Stanley Road', 'DE22 3LF', 'Derby', 'PH 10 83 20 D', '6132613951', 'GB41LOYD27782178476125', '5555552588310555', '');
INSERT INTO public.people VALUES (67, 'Mrs', 'Sienna', 'Anderson', '1941-11-17', 'sanderson.67@gmail.com', '+44 7921 340553', '57 Park Avenue', 'DE22 9LN', 'Derby', 'ZK726170A', NULL, NULL, '4532831359006829', '');
INSERT INTO public.people VALUES (68, 'Mr', 'John', 'Walker', '1951-07-04', 'walker.john68@aol.com', '+44 7859 117271', '39 Victoria Street', 'N1 0PX', 'London', NULL, NULL, NULL, NULL, 'happy customer 😀 !');
INSERT INTO public.people VALUES (69, 'Mr', 'Ryan', 'Reynolds', '1954-04-20', 'ryan.reynolds69@hotmail.co.uk', '07970 672678', '29 London Road', 'AB10 1QQ', 'Aberdeen', 'JS879901A', '4291045301', NULL, '5555554133769491', '');
INSERT INTO public.people VALUES (70, 'Mrs', 'Linda', 'Jones', '1976-01-02', 'linda.jones70@googlemail.com', '+447441490938', '125 Main Street', 'YO31 3JR', 'York', 'LY 80 85 15 C', NULL, NULL, '4761 7330 0580 0880', '');
INSERT INTO public.people VALUES (71, 'Mr', 'Theo', 'Griffiths', '1966-11-20', 'griffiths71@btinternet.com', '+447794761831', 'Flat 13, 47 High Street', 'CB1 0DZ', 'Cambridge', 'HZ829720D', '6952673261', 'GB62NWBK88302697232604', NULL, '');
INSERT INTO public.people VALUES (35, 'Mr', 'Christopher', 'Roberts', '1929-12-31', 'christopher.roberts35@talktalk.net', '+44 7439 475289', '52 The Avenue', 'W1 0EQ', 'London', 'SP 83 17 85 A', '4878125829', NULL, '2710114103648370', '');
INSERT INTO public.people VALUES (72, 'Mr', 'Zachary', 'Ó Súilleabháin', '1960-08-31', 'osuilleabhain.zachary.72@virginmedia.com', '+447549609920', '1 The Drive', 'SW11 6ZB', 'London', 'PN232804C', '408 803 4406', NULL, NULL, 'loyal customer');
INSERT INTO public.people VALUES (73, 'Ms', 'Angela', 'Foster', '1988-12-20', 'angela.foster73@yahoo.co.uk', '07921 712590', '50 Park Road', 'BT1 4GT', 'Belfast', 'CJ603132B', NULL, 'GB36HBUK19056250457516', NULL, '');
INSERT INTO public.people VALUES (74, 'Mr', 'Eoin', 'Carter', '1950-03-11', 'carter.eoin74@live.co.uk', NULL, '145 Manor Road', 'NE6 5AF', 'Newcastle upon Tyne', 'OE835095B', '457 154 3921', NULL, NULL, '');
INSERT INTO public.people VALUES (75, 'Mrs', 'Evie', 'Matthews', '1931-10-19', 'evie.matthews75@gmail.com', '+44 7535 386629', '63 Stanley Road', 'B29 8DE', 'Birmingham', 'CJ 10 04 67 C', '4766415973', NULL, NULL, '');
INSERT INTO public.people VALUES (76, 'Ms', 'Mia', 'Phillips', '1990-10-28', 'mia.phillips.76@outlook.com', '07836 218657', '12 Station Road', 'G3 6NJ', 'Glasgow', 'KK 87 91 92 D', '4871376613', NULL, NULL, '');
INSERT INTO public.people VALUES (77, 'Mrs', 'Catrin', 'Griffiths', '1963-08-17', 'griffiths.catrin77@gmail.com', '+447986629111', '123 King Street', 'BT9 3SR', 'Belfast', 'MA498734B', '4387862521', NULL, NULL, 'complaint open');
INSERT INTO public.people VALUES (78, 'Miss', 'Natalie', 'Martin', '1967-07-24', 'martin.natalie_78@hotmail.co.uk', '07824206730', '15 The Avenue', 'BT7 1DT', 'Belfast', 'OB116404C', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (79, 'Mr', 'Trevor', 'West', '1965-09-25', NULL, '07987116023', '26 Park Road', 'BT1 6NW', 'Belfast', 'EY261876A', '441 565 0201', NULL, '4658585275646286', '');
INSERT INTO public.people VALUES (80, 'Mr', 'John', 'Collins', '1939-12-12', 'John.collins80@talktalk.net', '+44 7409 005095', '19 Stanley Road', 'EH1 1RZ', 'Edinburgh', NULL, '693 153 6281', 'GB63 BARC 8543 8764 9732 38', NULL, '');
INSERT INTO public.people VALUES (81, 'Mr', 'Trevor', 'Thompson', '1933-10-01', 'Trevor.thompson81@virginmedia.com', '+44 7553 119749', '22 York Road', 'CF10 9JT', 'Cardiff', 'RH818894A', '4141729582', NULL, NULL, '');
INSERT INTO public.people VALUES (82, 'Miss', 'Margaret', 'Mitchell', '1975-09-03', 'margaret.mitchell82@googlemail.com', '07782 861705', '21 Richmond Road', 'CV2 2UE', 'Coventry', 'LL999850D', '4546505906', NULL, NULL, 'ID missing');
INSERT INTO public.people VALUES (83, 'Mr', 'Henry', 'Moore', '1977-06-17', 'moore83@gmail.com', '07419 700925', '25 South Street', 'NE15 2LD', 'Newcastle upon Tyne', 'KG979404C', '488 267 4319', NULL, NULL, '');
INSERT INTO public.people VALUES (67, 'Mrs', 'Sienna', 'Anderson', '1941-11-17', 'sanderson.67@gmail.com', '+44 7921 340553', '57 Park Avenue', 'DE22 9LN', 'Derby', 'ZK726170A', NULL, NULL, '4532831359006829', '');
INSERT INTO public.people VALUES (84, 'Mr', 'Declan', 'Simpson', '1959-05-11', NULL, '+447950908212', '9 Main Street', 'YO24 1PB', 'York', 'OP472356A', NULL, 'GB84 BUKB 2000 0036 3541 30', NULL, 'refund issued');
INSERT INTO public.people VALUES (85, 'Mrs', 'Rachel', 'Taylor', '1931-04-26', 'taylor85@live.co.uk', '07531 793647', 'Flat 24, 9 St John''s Road', 'NE1 1EU', 'Newcastle upon Tyne', 'YR377972D', '435 163 8990', 'GB77 BUKB 0577 5869 6219 00', NULL, '');
INSERT INTO public.people VALUES (86, 'Miss', 'Claire', 'Lloyd', '1980-11-02', 'claire.lloyd86@hotmail.co.uk', '07998 860318', '24 York Road', 'NG5 1EJ', 'Nottingham', 'ZG913986A', NULL, NULL, NULL, 'moved house');
INSERT INTO public.people VALUES (87, 'Mr', 'Leo', 'Day', '1982-10-07', 'leoday87@sky.com', '07414899749', 'Flat 24, 6 The Avenue', 'LE1 4EN', 'Leicester', 'YA696592B', '645 724 3371', 'GB07SCBL90412548137945', NULL, '');
INSERT INTO public.people VALUES (88, 'Mrs', 'Evie', 'Carter', '1948-11-06', 'evie.carter88@icloud.com', '+447524094161', '109 Orchard Close', 'SO16 7LX', 'Southampton', 'GT 66 44 86 B', '458 270 0691', NULL, NULL, 'prefers email');
INSERT INTO public.people VALUES (89, 'Mrs', 'Olivia', 'Mills', '1979-12-22', 'mills89@gmail.com', '+447946664818', 'Flat 6, 175 High Street', 'OX2 3SD', 'Oxford', 'BJ035078C', '4089890683', NULL, NULL, '');
INSERT INTO public.people VALUES (90, 'Mrs', 'Elizabeth', 'Watson', '1985-08-29', 'elizabeth_watson_90@virginmedia.com', '07525755100', '91 South Street', 'L17 8US', 'Liverpool', 'NM376636D', NULL, 'GB73 SCBL 1819 9568 1661 68', NULL, '');
INSERT INTO public.people VALUES (91, 'Dr', 'Zachary', 'Morgan', '1998-09-09', 'zachary.morgan91@gmail.com', '+447840410638', '5 North Road', 'SA5 1BA', 'Swansea', 'SX780224D', NULL, NULL, NULL, 'copied to \\fileserver\customers\2022\');
INSERT INTO public.people VALUES (92, 'Dr', 'Florence', 'Jones', '1939-05-05', 'fjones92@virginmedia.com', '07430 320767', '104 North Road', 'NW3 3YJ', 'London', 'TE607968C', NULL, 'GB66LOYD82193630364638', NULL, '');
INSERT INTO public.people VALUES (93, 'Mr', 'Alfie', 'Bailey', '1938-07-12', 'bailey93@hotmail.co.uk', '+44 7507 554657', '8 Mill Road', 'N19 3PZ', 'London', 'AZ411715A', '409 912 8512', 'GB75SCBL58994283449571', '3400 009758 10853', '');
INSERT INTO public.people VALUES (94, 'Mr', 'Joshua', 'Van der Berg', '1981-06-03', 'vanderberg94@sky.com', '+44 7949 888693', '39 Broadway', 'L8 5SP', 'Liverpool', NULL, '470 175 4706', NULL, NULL, '');
INSERT INTO public.people VALUES (95, 'Mr', 'Andrew', 'Davies', '1986-03-30', 'andrew_davies95@gmail.com', NULL, '5 New Road', 'RG4 1AE', 'Reading', 'WS072971B', '445 136 5112', NULL, NULL, 'newsletter opt-in');
INSERT INTO public.people VALUES (96, 'Mr', 'Gareth', 'Ball', '1976-02-18', 'ball.gareth96@sky.com', '+447812046963', '93 Park Road', 'ST4 9AL', 'Stoke-on-Trent', 'CG 68 08 44 A', '439 045 2045', NULL, NULL, '');
INSERT INTO public.people VALUES (97, 'Mr', 'Henry', 'Ward', '1950-08-26', 'henry.ward97@sky.com', '+447714871953', '24 London Road', 'EX1 7LF', 'Exeter', 'WE 43 55 53 B', NULL, NULL, '3742 454750 94545', '');
INSERT INTO public.people VALUES (98, 'Ms', 'Abigail', 'Rogers', '1989-11-28', 'rogers98@gmail.com', NULL, '121 Main Street', 'DE1 1RF', 'Derby', NULL, '6563449921', NULL, NULL, '');
INSERT INTO public.people VALUES (99, 'Mr', 'Graham', 'Pearson', '1978-04-20', 'graham.pearson99@icloud.com', '+44 7897 604309', '17 St John''s Road', 'L1 2XU', 'Liverpool', 'ZN 59 77 34 C', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (100, 'Mr', 'Isaac', 'Lee', '1939-12-31', 'ilee100@yahoo.co.uk', '+44 7767 710473', 'Flat 1, 160 North Road', 'SO16 4PQ', 'Southampton', 'SP795275C', '4362437460', NULL, NULL, '');
INSERT INTO public.people VALUES (101, 'Mr', 'Mason', 'Fletcher', '1957-04-17', 'fletcher.mason101@aol.com', '07884005049', '46 School Lane', 'LE1 0TF', 'Leicester', 'GZ623800B', NULL, NULL, NULL, 'loyal customer');
INSERT INTO public.people VALUES (102, 'Mr', 'Oscar', 'Phillips', '1938-07-08', 'phillips.oscar102@btinternet.com', '+447914277984', '2 Green Lane', 'CF23 6SU', 'Cardiff', 'YL486676B', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (103, 'Mrs', 'Angela', 'Fox', '1935-01-26', 'angela.fox103@aol.com', NULL, '183 Victoria Street', 'AB15 9YZ', 'Aberdeen', 'HW650141B', '407 772 0532', NULL, NULL, '');
INSERT INTO public.people VALUES (8, 'MR', 'Ciarán', 'Lewis', '1983-08-03', 'lewis8@gmail.com', '07870308718', '30 Mill Road', 'NG2 3XB', 'Nottingham', 'EL510348C', NULL, 'GB09 MIDL 5635 8310 4958 81', '4532 8368 2036 8823', '');
INSERT INTO public.people VALUES (104, 'Mrs', 'Jade', 'Ward', '1968-10-19', 'jward104@gmail.com', '+44 7582 873552', '4 Church Lane', 'SO17 3UR', 'Southampton', 'NL 52 29 78 C', '6380831401', 'GB19LOYD13449626746689', '5555555579913915', 'urgent, call back');
INSERT INTO public.people VALUES (105, 'Mr', 'William', 'Fitzgerald', '1995-03-08', 'wfitzgerald105@virginmedia.com', '07857 226226', '29 Grove Road', 'SO16 7GS', 'Southampton', 'SA290858A', '660 897 1141', NULL, NULL, '');
INSERT INTO public.people VALUES (106, 'Mr', 'Oscar', 'Dawson', '1975-06-03', 'dawson.oscar_106@yahoo.co.uk', '+44 7549 210646', '49 King Street', 'EX4 8HB', 'Exeter', 'HR545450C', '432 853 9590', NULL, NULL, '');
INSERT INTO public.people VALUES (107, 'Mr', 'Jacob', 'Jackson', '1976-06-21', 'jackson.jacob107@icloud.com', '+44 7966 716957', '12 Broadway', 'EX1 0XH', 'Exeter', 'MR026139D', NULL, 'GB49 MONZ 5034 7864 8420 52', '4974 0119 6408 7598', '');
INSERT INTO public.people VALUES (108, 'Mrs', 'Helen', 'Begum', '1959-05-13', 'Begum108@virginmedia.com', '07413 265171', 'Flat 19, 40 Springfield Road', 'EH10 3PG', 'Edinburgh', NULL, '4182964454', NULL, NULL, '');
INSERT INTO public.people VALUES (109, 'Mr', 'Alfie', 'Chapman', '2000-12-04', 'alfie.chapman109@btinternet.com', '07415219602', '147 North Road', 'CF14 3DD', 'Cardiff', 'JZ161713C', '443 199 5579', 'GB52 BUKB 5453 8642 2865 36', NULL, '');
INSERT INTO public.people VALUES (110, 'Mrs', 'Deborah', 'Fox', '1994-10-28', 'deborah_fox110@gmail.com', '07523407218', 'Flat 21, 2 St John''s Road', 'YO1 4AP', 'York', 'SB344485A', NULL, 'GB69MONZ46787114299423', '4532 8396 6055 0575', '');
INSERT INTO public.people VALUES (111, 'Ms', 'Jennifer', 'Andrews', '1983-02-04', 'jenniferandrews111@sky.com', '+447734679771', '8 Windsor Road', 'W11 1UN', 'London', 'MH294032B', NULL, NULL, '4532 8367 5863 7058', '');
INSERT INTO public.people VALUES (112, 'Mr', 'Anthony', 'Hussain', '1946-10-03', 'hussain112@aol.com', '+447779826793', '108 Broadway', 'NE15 0AY', 'Newcastle upon Tyne', 'TB747531A', '4420396741', NULL, NULL, '');
INSERT INTO public.people VALUES (113, 'Mr', 'Alexander', 'Walker', '2005-11-04', 'walker.alexander113@aol.com', NULL, '55 St John''s Road', 'BA2 3RL', 'Bath', 'OG528745D', '4088299035', 'GB28 SCBL 1416 3638 5070 79', NULL, '');
INSERT INTO public.people VALUES (26, 'Mr', 'Muhammad', 'Howard', '1969-12-26', 'muhammad.howard26@hotmail.co.uk', '+447896899817', '192 School Lane', 'SW19 6LZ', 'London', 'AB487286D', '404 620 8384', NULL, '5355220955072529', 'loyal customer');
INSERT INTO public.people VALUES (114, 'Mrs', 'Victoria', 'Stevens', '1995-06-27', 'victoria.stevens114@aol.com', '07969 862768', '36 Main Street', 'EH3 1YZ', 'Edinburgh', 'HK204148A', '4956109245', NULL, NULL, 'note: see file');
INSERT INTO public.people VALUES (115, 'Mrs', 'Megan', 'Richardson', '1992-05-16', 'meganrichardson115@icloud.com', '07405 703087', '17 The Grove', 'DE23 2RZ', 'Derby', 'RT 48 09 27 B', '4916742524', NULL, NULL, '');
INSERT INTO public.people VALUES (116, 'Mrs', 'Eilidh', 'Baker', '1986-03-10', 'eilidh.baker_116@aol.com', '+447517037365', '40 New Street', 'NR4 6WF', 'Norwich', 'KE268255B', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (117, 'Miss', 'Eilidh', 'Baker', '1939-08-30', 'eilidh.baker117@aol.com', '+447917893333', '30 Manchester Road', 'OX1 9XR', 'Oxford', 'AK 66 10 45 A', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (118, 'Mr', 'David', 'Morgan', '1930-04-25', 'morgan_118@btinternet.com', '+447402304360', '26 Mill Lane', 'M20 8BE', 'Manchester', 'BT467085B', NULL, NULL, NULL, 'loyal customer');
INSERT INTO public.people VALUES (119, 'Mrs', 'Sarah', 'Lawrence', '1987-01-05', 'lawrence.119@gmail.com', '+44 7830 104179', '10 Kingsway', 'NR3 5ZE', 'Norwich', 'XA822225A', '466 137 1313', NULL, '4974 0147 9406 9430', '');
INSERT INTO public.people VALUES (120, 'Mr', 'Callum', 'Allen', '1961-01-11', 'callen120@virginmedia.com', '+44 7906 390103', '47 Manor Road', 'G11 3DY', 'Glasgow', 'BW170368B', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (121, 'Mr', 'Nathan', 'Webb', '1987-03-12', NULL, NULL, '50 Meadow View', 'NE6 1PJ', 'Newcastle upon Tyne', 'SA822924C', NULL, 'GB18NWBK49635830564783', NULL, 'former customer');
INSERT INTO public.people VALUES (122, 'Mrs', 'Renée', 'Campbell', '1940-06-20', 'renee.campbell122@gmail.com', '07865517674', '146 Orchard Close', 'LS6 0GG', 'Leeds', 'PE822262D', '444 590 0052', NULL, '5555 5516 1696 0134', '');
INSERT INTO public.people VALUES (123, 'Ms', 'Jade', 'Chapman', '1946-06-24', 'jchapman123@outlook.com', '+447747964792', 'Flat 21, 127 North Road', 'SW1A 5JD', 'London', NULL, NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (124, 'Mr', 'Michael', 'Knight', '1932-04-13', 'michael.knight124@icloud.com', NULL, '72 London Road', 'NW1 1AX', 'London', 'MS 78 33 81 D', '4182608240', NULL, NULL, '');
INSERT INTO public.people VALUES (125, 'Mr', 'Keith', 'Griffiths', '2002-07-12', 'Griffiths125@gmail.com', '+447751082360', '4 Kingsway', 'W11 6JE', 'London', 'WL723003A', '4344094018', NULL, '5223715912207290', 'for the attention of Mr O''Neil, it''s urgent');
INSERT INTO public.people VALUES (126, 'Mr', 'Gareth', 'Johnson', '1953-01-22', 'gareth.johnson126@gmail.com', '07945 340193', '44 Meadow View', 'DE24 3FD', 'Derby', 'WK 55 72 75 B', NULL, 'GB58BUKB26811375970478', '2599880705451878', 'do not contact');
INSERT INTO public.people VALUES (127, 'Mr', 'Christopher', 'Scott', '1929-11-24', 'christopher_scott127@icloud.com', '07945 817117', '82 Alexander Road', 'S17 3AF', 'Sheffield', 'LG834987A', '4200503395', 'GB63 BARC 3739 8262 2527 70', '4929 4081 0314 3223', '');
INSERT INTO public.people VALUES (128, 'Mr', 'Nathan', 'Begum', '1928-12-10', 'begum.nathan128@talktalk.net', '+447795438685', '33 The Avenue', 'OX2 1XG', 'Oxford', 'TR 56 50 21 B', '4258808849', NULL, NULL, '');
INSERT INTO public.people VALUES (129, 'Mrs', 'Wendy', 'Webb', '1970-09-27', 'wendy.webb129@googlemail.com', '07463 496267', '52 The Green', 'M1 4LT', 'Manchester', NULL, '4988527743', 'GB91NWBK82527712260314', NULL, '');
INSERT INTO public.people VALUES (130, 'Miss', 'Chloe', 'Young', '1976-06-22', 'young130@btinternet.com', '+447769131470', '49 Grove Road', 'SA5 9GS', 'Swansea', 'BB638220B', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (131, 'Mr', 'Arthur', 'Bradley', '1971-01-21', 'bradley.arthur131@hotmail.co.uk', '+44 7516 097846', '21 Chester Road', 'RG6 0DY', 'Reading', 'EJ852075C', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (132, 'Mrs', 'Chloe', 'Richardson', '1959-05-18', 'Richardson.chloe132@hotmail.co.uk', '07966 883836', '14 St John''s Road', 'BS7 4BX', 'Bristol', 'SH654648D', NULL, NULL, '5412 7578 1444 4002', '');
INSERT INTO public.people VALUES (133, 'Miss', 'Alice', 'Roberts', '2001-08-11', 'aliceroberts133@live.co.uk', NULL, 'Flat 15, 110 Manor Road', 'EH1 1SY', 'Edinburgh', 'WG243016A', NULL, NULL, NULL, 'VIP');
INSERT INTO public.people VALUES (134, 'Dr', 'Eilidh', 'Young', '1967-11-16', 'eilidh.young134@googlemail.com', '+44 7801 726023', '27 Manor Road', 'CB5 0GG', 'Cambridge', 'LS418404D', '436 577 2694', NULL, '5412756932055534', 'quote sent 03/02');
INSERT INTO public.people VALUES (135, 'Ms', 'Victoria', 'Howard', '1994-06-22', 'vhoward135@outlook.com', '+447996285647', 'Flat 18C, 4 Grove Road', 'LE4 1LB', 'Leicester', 'CC772792D', '4091593798', 'GB21 MONZ 2304 4100 9101 44', NULL, '');
INSERT INTO public.people VALUES (136, 'Mrs', 'Laura', 'Hussain', '1951-06-10', 'laura.hussain136@gmail.com', '07750 246953', '110 Highfield Road', 'NG5 4XP', 'Nottingham', 'TX012087A', '4866750782', NULL, '4658 5867 6521 6192', '');
INSERT INTO public.people VALUES (137, 'Mrs', 'Poppy', 'Gill', '1934-10-01', 'gill.poppy137@yahoo.co.uk', '+44 7962 456610', 'Flat 9, 104 Orchard Close', 'CF14 7TZ', 'Cardiff', 'XA070896A', NULL, NULL, NULL, 'refund issued');
INSERT INTO public.people VALUES (138, 'Mr', 'Seán', 'Jenkins', '1987-06-30', 'sean_jenkins138@virginmedia.com', '07705247929', '32 George Street', 'EX4 6BU', 'Exeter', 'JX526422C', '407 323 3599', NULL, NULL, '');
INSERT INTO public.people VALUES (139, 'Mr', 'Colin', 'Singh', '2005-09-23', 'csingh139@yahoo.co.uk', '07816845290', 'Flat 11B, 97 Mill Road', 'NE4 7SJ', 'Newcastle upon Tyne', 'JK380853D', '4619110019', NULL, NULL, '');
INSERT INTO public.people VALUES (13, ' Miss    ', 'Chloë', 'Foster', '1931-07-29', 'chloe.foster_13@outlook.com', '+447554193936', '11 Windsor Road', 'NW3 5RD', 'London', 'CW 08 24 95 D', '4715965119', NULL, NULL, '');
INSERT INTO public.people VALUES (140, 'Ms', 'Patricia', 'Knight', '1932-07-02', 'patricia.knight140@live.co.uk', '07975767319', '16 Highfield Road', 'NE2 4TA', 'Newcastle upon Tyne', 'RA 17 76 19 B', NULL, 'GB05MONZ26877036598508', NULL, '');
INSERT INTO public.people VALUES (97, 'Mr', 'Henry', 'Ward', '1950-08-26', 'henry.ward97@sky.com', '+447714871953', '24 London Road', 'EX1 7LF', 'Exeter', 'WE 43 55 53 B', NULL, NULL, '3742 454750 94545', '');
INSERT INTO public.people VALUES (141, 'Mrs', 'Wendy', 'Van der Berg', '2003-10-07', 'wendy.vanderberg.141@btinternet.com', '+44 7843 949620', '12 The Grove', 'L18 5DZ', 'Liverpool', 'YZ507980D', '6837198831', NULL, NULL, '');
INSERT INTO public.people VALUES (142, 'Mr', 'Mason', 'Green', '1942-02-27', 'mason.green142@virginmedia.com', '07407061331', '48 Manor Road', 'RG1 8DW', 'Reading', 'ZP 38 74 69 A', '4584146713', NULL, NULL, '');
INSERT INTO public.people VALUES (143, 'Ms', 'Ella', 'Atkinson', '1976-12-10', 'ella_atkinson.143@btinternet.com', '+447479314780', '4 Mill Lane', 'RG1 5TJ', 'Reading', NULL, '4245778490', NULL, NULL, '');
INSERT INTO public.people VALUES (144, 'Ms', 'Niamh', 'Simpson', '1932-10-14', 'niamh.simpson144@gmail.com', '07542 629259', '58 Grove Road', 'LS6 3GN', 'Leeds', 'SZ 08 38 43 A', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (145, 'Ms', 'Margaret', 'Jackson', '1976-07-13', 'margaret_jackson145@yahoo.co.uk', '+44 7437 078598', '32 George Street', 'BT5 7ZS', 'Belfast', 'JJ 09 11 64 A', '4730258088', 'GB68 NWBK 9830 2115 7896 49', '4974 0176 0583 0734', E'History:\ncustomer unhappy, with "quotes"');
INSERT INTO public.people VALUES (146, 'Mrs', 'Katie', 'Rogers', '1945-09-20', 'katie_rogers146@hotmail.co.uk', NULL, 'Flat 5, 57 London Road', 'L15 5DL', 'Liverpool', 'RY501592D', '652 580 3101', 'GB78BUKB35780708927587', NULL, '');
INSERT INTO public.people VALUES (147, 'Mrs', 'Bethan', 'Parker', '1992-07-15', 'parker147@live.co.uk', '07905044759', '51 Stanley Road', 'BS7 2NL', 'Bristol', 'TC593476C', '644 736 4141', NULL, NULL, '');
INSERT INTO public.people VALUES (148, 'Mrs', 'Jennifer', 'Hussain', '1943-03-01', 'jennifer.hussain148@googlemail.com', '+447481424366', '142 The Drive', 'M21 6FN', 'Manchester', 'AL786334B', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (149, 'Mr', 'Joseph', 'Parker', '1981-02-14', 'josephparker149@outlook.com', NULL, '75 King Street', 'YO10 9LF', 'York', 'EM185481B', NULL, NULL, NULL, 'VIP');
INSERT INTO public.people VALUES (150, 'Mr', 'Nathan', 'Lawrence', '1933-03-30', 'nlawrence150@sky.com', '+447971556379', '54 The Avenue', 'OX4 6BZ', 'Oxford', 'JL481696B', NULL, 'GB60LOYD06568388933078', NULL, '');
INSERT INTO public.people VALUES (151, 'Ms', 'Ruby', 'Jenkins', '1970-02-12', 'Rubyjenkins151@icloud.com', '+447449626530', '78 Park Road', 'G3 1JJ', 'Glasgow', 'TW302788A', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (152, 'Mr', 'Graham', 'Collins', '1938-02-02', 'graham.collins152@aol.com', '07741517539', '77 London Road', 'AB25 0HF', 'Aberdeen', 'EX 15 04 30 B', '4423641186', NULL, NULL, '');
INSERT INTO public.people VALUES (153, 'Ms', 'Jennifer', 'Chapman', '2001-04-08', 'jennifer.chapman153@hotmail.co.uk', '07986 484637', '151 Meadow View', 'DE1 6XT', 'Derby', 'JP 93 26 47 B', '490 002 3000', NULL, NULL, '');
INSERT INTO public.people VALUES (154, 'Miss', 'Lucy', 'Davis', '1938-07-13', 'ldavis154@googlemail.com', '07774 029311', '78 Mill Road', 'CV5 0ZR', 'Coventry', 'WX 93 50 11 B', '616 793 3901', 'GB65LOYD25118497476758', '4658583655976696', 'VIP');
INSERT INTO public.people VALUES (155, 'Mrs', 'Joanne', 'Reynolds', '1999-06-29', 'Joanne.reynolds155@gmail.com', '+447429717515', '70 New Road', 'CB4 6DU', 'Cambridge', 'RM740994A', '6941880171', 'GB89BARC69085235516310', NULL, '');
INSERT INTO public.people VALUES (156, 'Mrs', 'Samantha', 'Barker', '1993-04-02', 'samanthabarker156@gmail.com', '07421961383', '54 Albert Road', 'SW11 5ZS', 'London', 'CB718887C', '4403600751', NULL, '5555550193202217', '');
INSERT INTO public.people VALUES (157, 'Mrs', 'Renée', 'Campbell', '1951-05-24', 'renee_campbell157@talktalk.net', '07873261834', '68 Mill Road', 'ST3 4TH', 'Stoke-on-Trent', 'EL 47 52 72 C', '4399557516', NULL, NULL, 'call back after 6pm');
INSERT INTO public.people VALUES (108, 'Mrs', 'Helen', 'Begum', '1959-05-13', 'Begum108@virginmedia.com', '07413 265171', 'Flat 19, 40 Springfield Road', 'EH10 3PG', 'Edinburgh', NULL, '4182964454', NULL, NULL, '');
INSERT INTO public.people VALUES (158, 'Mr', 'Thomas', 'De Souza', '1954-07-18', 'thomas_desouza_158@hotmail.co.uk', '+44 7478 873016', 'Flat 1, 123 Park Avenue', 'LS6 0ZW', 'Leeds', 'LJ820952A', NULL, 'GB19SCBL01753799279881', NULL, 'quote sent 03/02');
INSERT INTO public.people VALUES (159, 'Ms', 'Zoë', 'Owen', '1974-04-30', 'zoe.owen_159@btinternet.com', '+44 7463 705900', '44 Queensway', 'OX1 6SN', 'Oxford', 'TB324540B', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (160, 'Ms', 'Bethan', 'Fox', '1994-04-05', 'bethan.fox_160@hotmail.co.uk', '07741 926794', '164 Green Lane', 'PL6 7GX', 'Plymouth', 'YA079710A', NULL, NULL, NULL, 'VIP');
INSERT INTO public.people VALUES (161, 'Ms', 'Abigail', 'Pearson', '1967-04-12', 'Abigail.pearson161@yahoo.co.uk', '+44 7563 863227', '4 Manor Road', 'CF23 9RY', 'Cardiff', 'ON314510A', '4274343049', NULL, '4658589904026274', '');
INSERT INTO public.people VALUES (162, 'Miss', 'Laura', 'Walsh', '1979-06-15', 'walsh_162@yahoo.co.uk', '+447845629682', '94 Victoria Street', 'DE22 3JS', 'Derby', 'YB801062B', '4365441086', 'GB75SCBL98287105134199', NULL, '');
INSERT INTO public.people VALUES (163, 'Mr', 'Ryan', 'Moore', '1942-07-12', 'Moore163@gmail.com', NULL, '98 Broadway', 'G11 6NL', 'Glasgow', 'BZ 68 10 32 D', '463 869 8921', NULL, NULL, '');
INSERT INTO public.people VALUES (164, 'Mr', 'Jack', 'Johnson', '1973-01-26', 'jack.johnson164@hotmail.co.uk', '+44 7768 340582', 'Flat 14D, 19 Church Road', 'EH10 7QU', 'Edinburgh', 'XR 86 94 78 A', NULL, NULL, '374245102139010', '');
INSERT INTO public.people VALUES (165, 'Mr', 'Lewis', 'Cooper', '1953-11-02', 'lewis.cooper.165@aol.com', '07525 638649', '18 London Road', 'LE5 2LR', 'Leicester', NULL, '4477866992', 'GB64NWBK93759398791527', '2221004767704142', 'former customer');
INSERT INTO public.people VALUES (13, '   Miss  ', 'Chloë', 'Foster', '1931-07-29', '  chloe.foster_13@outlook.com ', '+447554193936', '11 Windsor Road', 'NW3 5RD', 'London', 'CW 08 24 95 D', '4715965119', NULL, NULL, '');
INSERT INTO public.people VALUES (166, 'Mr', 'Zachary', 'Singh', '1966-05-24', 'zsingh166@virginmedia.com', '+447564046642', 'Flat 24, 14 Park Lane', 'W11 1WR', 'London', 'AH423741A', NULL, 'GB84MONZ94554644216936', NULL, 'discount 50%_ok');
INSERT INTO public.people VALUES (167, 'Mrs', 'Rebecca', 'Lee', '1957-03-06', 'rebeccalee167@icloud.com', '+447753559117', '15 The Grove', 'NR3 0QA', 'Norwich', 'JL411134C', '491 781 7501', 'GB50BARC57405038409716', NULL, '');
INSERT INTO public.people VALUES (168, 'Ms', 'Eilidh', 'Walsh', '1949-09-26', 'ewalsh168@gmail.com', '07728 253812', '24 Park Lane', 'BN1 9PE', 'Brighton', 'TY063652C', '449 801 7145', NULL, '2221006940019397', '');
INSERT INTO public.people VALUES (169, 'Miss', 'Ava', 'Webb', '1994-05-28', 'awebb169@hotmail.co.uk', NULL, '1 Station Road', 'CB1 0LH', 'Cambridge', NULL, '404 523 1390', 'GB33 MONZ 2263 4994 7696 53', NULL, 'customer since 2015');
INSERT INTO public.people VALUES (170, 'Mr', 'William', 'Davis', '1939-03-08', 'wdavis170@gmail.com', '+44 7914 832469', '79 West Street', 'LE5 0LT', 'Leicester', 'YB 44 65 36 B', '476 375 6257', NULL, NULL, '');
INSERT INTO public.people VALUES (171, 'Mr', 'Joshua', 'Wood', '1992-04-19', NULL, '+447462444305', '50 Grange Road', 'YO30 9ET', 'York', 'AT334784D', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (172, 'Mr', 'Joshua', 'Saunders', '2005-09-01', 'saunders.joshua172@talktalk.net', '+447536724968', '23 George Street', 'G41 3RG', 'Glasgow', 'SM230872B', '4957129746', NULL, NULL, '');
INSERT INTO public.people VALUES (173, 'Mrs', 'Bethan', 'McKenzie', '1966-05-05', 'bethan.mckenzie173@hotmail.co.uk', '+44 7485 104545', '14 Manor Road', 'BA1 0BF', 'Bath', 'CY031051D', '6925592841', 'GB77SCBL84121540815910', NULL, '');
INSERT INTO public.people VALUES (174, 'Mr', 'Mohammed', 'Fitzgerald', '1939-05-20', 'Mfitzgerald174@yahoo.co.uk', '+447778863214', '192 Queens Road', 'DE1 8PP', 'Derby', 'LH443995C', NULL, 'GB45SCBL27489813901400', NULL, 'address to verify');
INSERT INTO public.people VALUES (175, 'Mrs', 'Julie', 'Spencer', '1992-10-28', 'spencer175@gmail.com', '07943 650733', '66 Broadway', 'EX2 9QF', 'Exeter', 'HW885192B', '499 776 3691', NULL, NULL, 'VIP');
INSERT INTO public.people VALUES (176, 'Miss', 'Karen', 'Johnson', '1947-08-24', 'karen_johnson176@sky.com', '+447741115909', '64 High Street', 'OX3 2SW', 'Oxford', 'RA114116A', NULL, NULL, NULL, 'newsletter opt-in');
INSERT INTO public.people VALUES (177, 'Mr', 'Oscar', 'Howard', '1985-07-31', 'oscarhoward177@hotmail.co.uk', '+44 7913 797104', 'Flat 17, 89 Stanley Road', 'NR1 4XD', 'Norwich', 'HZ966165A', '4578728358', 'GB48SCBL74905934089386', NULL, '');
INSERT INTO public.people VALUES (178, 'Mr', 'Benjamin', 'Gill', '1953-10-15', NULL, '07934555319', '32 Park Lane', 'BT1 3JP', 'Belfast', 'RZ888426B', NULL, 'GB58BUKB22635484982255', NULL, '');
INSERT INTO public.people VALUES (179, 'Miss', 'Wendy', 'Fox', '1999-06-20', 'Wendy.fox_179@live.co.uk', '+447777469775', '139 Victoria Road', 'LE1 2TR', 'Leicester', 'CZ349932B', '4638855792', 'GB05HBUK14500085516359', NULL, '');
INSERT INTO public.people VALUES (180, 'Ms', 'Kirsty', 'Stevens', '1928-03-03', 'kstevens180@talktalk.net', '07704 223198', '1 High Street', 'SA2 7ZL', 'Swansea', 'OX429076C', '4283984566', NULL, NULL, '');
INSERT INTO public.people VALUES (181, 'Mr', 'Barry', 'Ward', '1942-03-03', NULL, '07432964590', '30 The Green', 'OX1 1WP', 'Oxford', 'YG808383A', '451 198 4042', 'GB36BUKB88353801195747', NULL, '');
INSERT INTO public.people VALUES (182, 'Mrs', 'Matilda', 'James', '1964-12-11', 'matilda_james182@virginmedia.com', '07829911002', '37 Kingsway', 'L25 1ED', 'Liverpool', 'SE 88 60 10 A', NULL, NULL, NULL, '');
INSERT INTO public.people VALUES (183, 'Mr', 'Isaac', 'Fox', '1976-08-14', 'fox183@hotmail.co.uk', '+44 7794 520347', '135 Main Road', 'NE6 9HS', 'Newcastle upon Tyne', 'RP 78 47 87 A', NULL, 'GB13 NWBK 1532 4034 0501 04', NULL, '');
INSERT INTO public.people VALUES (184, 'Miss', 'Jennifer', 'Adams', '1932-04-06', 'Jennifer.adams184@sky.com', '07790710152', '30 Windsor Road', 'BN2 1ZE', 'Brighton', 'JR385583C', NULL, NULL, NULL, '');


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: crm
--

INSERT INTO public.orders VALUES (1, 15, 'george_pearson15@gmail.com', '91.177.4.127', '2023-04-27 14:35:12', 10.00);
INSERT INTO public.orders VALUES (2, 68, 'walker.john68@aol.com', '86.10.181.103', '2022-07-13 00:23:19', 95.00);
INSERT INTO public.orders VALUES (3, 30, 'florence.day30@hotmail.co.uk', '92.78.236.78', '2020-09-16 14:50:31', 54.28);
INSERT INTO public.orders VALUES (4, 162, 'walsh_162@yahoo.co.uk', '188.62.186.3', '2021-08-13 19:58:31', 30.35);
INSERT INTO public.orders VALUES (5, 113, 'walker.alexander113@aol.com', '85.157.141.248', '2022-08-10 22:24:51', 35.43);
INSERT INTO public.orders VALUES (6, 111, 'jenniferandrews111@sky.com', '82.185.93.177', '2019-12-19 10:47:38', 29.86);
INSERT INTO public.orders VALUES (7, 170, 'wdavis170@gmail.com', '77.169.199.10', '2021-03-29 00:41:48', 93.00);
INSERT INTO public.orders VALUES (8, 2, 'margaret.miller2@gmail.com', '109.24.52.33', '2020-10-02 11:41:01', 6.49);
INSERT INTO public.orders VALUES (9, 119, 'lawrence.119@gmail.com', '87.142.142.187', '2019-06-28 18:34:44', 15.48);
INSERT INTO public.orders VALUES (10, 131, 'bradley.arthur131@hotmail.co.uk', '2.109.207.223', '2023-01-27 12:05:40', 355.01);
INSERT INTO public.orders VALUES (11, 5, 'Logan.spencer5@live.co.uk', '5.39.152.218', '2022-04-18 00:03:34', 27.46);
INSERT INTO public.orders VALUES (12, 41, 'jones.noah41@btinternet.com', '77.236.38.23', '2021-02-02 07:22:04', 10.05);
INSERT INTO public.orders VALUES (13, 2, 'margaret.miller2@gmail.com', '37.3.235.227', '2023-02-15 01:26:19', 71.24);
INSERT INTO public.orders VALUES (14, 42, 'eilidh.williams42@hotmail.co.uk', '188.58.238.12', '2022-03-25 02:46:36', 20.36);
INSERT INTO public.orders VALUES (15, 161, 'Abigail.pearson161@yahoo.co.uk', '83.35.225.172', '2021-03-04 05:38:56', 53.05);
INSERT INTO public.orders VALUES (16, 5, 'Logan.spencer5@live.co.uk', '213.122.252.221', '2021-11-08 13:28:16', 29.37);
INSERT INTO public.orders VALUES (17, 7, 'Charlie.richards.7@googlemail.com', '213.53.230.136', '2021-09-08 08:20:23', 44.96);
INSERT INTO public.orders VALUES (18, 2, 'margaret.miller2@gmail.com', '2.147.93.207', '2019-10-07 22:27:29', 178.00);
INSERT INTO public.orders VALUES (19, 28, 'georgegibson28@gmail.com', '217.88.77.142', '2022-10-14 23:17:31', 103.17);
INSERT INTO public.orders VALUES (20, 62, 'sienna.jones_62@virginmedia.com', '37.42.69.243', '2019-04-05 23:08:59', 186.48);
INSERT INTO public.orders VALUES (21, 15, 'george_pearson15@gmail.com', '217.222.43.16', '2019-06-26 21:20:26', 130.00);
INSERT INTO public.orders VALUES (22, 177, 'oscarhoward177@hotmail.co.uk', '217.41.162.59', '2020-03-31 12:05:08', 10.18);
INSERT INTO public.orders VALUES (23, 89, 'mills89@gmail.com', '93.190.5.216', '2022-11-29 03:46:04', 214.86);
INSERT INTO public.orders VALUES (24, 1, 'srichards1@yahoo.co.uk', '77.90.110.202', '2023-02-15 13:56:03', 18.30);
INSERT INTO public.orders VALUES (25, 1, 'srichards1@yahoo.co.uk', '77.82.226.105', '2021-01-29 03:07:36', 33.68);
INSERT INTO public.orders VALUES (26, 64, 'mrichardson64@hotmail.co.uk', '92.152.98.221', '2021-01-11 06:44:11', 166.37);
INSERT INTO public.orders VALUES (4, 162, 'walsh_162@yahoo.co.uk    ', '188.62.186.3', '2021-08-13 19:58:31', 30.35);
INSERT INTO public.orders VALUES (27, 37, 'mitchell.harrison_37@icloud.com', '194.247.157.192', '2021-02-14 01:05:19', 163.00);
INSERT INTO public.orders VALUES (28, 6, 'scott6@hotmail.co.uk', '46.236.60.176', '2022-02-18 19:08:35', 37.60);
INSERT INTO public.orders VALUES (29, 46, 'rwalsh46@aol.com', '176.40.142.29', '2019-06-05 17:39:49', 29.57);
INSERT INTO public.orders VALUES (30, 63, 'Barker63@googlemail.com', '77.37.39.221', '2019-05-10 14:57:32', 154.00);
INSERT INTO public.orders VALUES (31, 86, 'claire.lloyd86@hotmail.co.uk', '90.174.176.43', '2020-08-28 04:27:50', 29.66);
INSERT INTO public.orders VALUES (7, 170, '  wdavis170@gmail.com ', '77.169.199.10', '2021-03-29 00:41:48', 93.00);
INSERT INTO public.orders VALUES (32, 16, 'sophia_barker16@aol.com', '77.43.19.161', '2019-03-22 12:00:10', 188.46);
INSERT INTO public.orders VALUES (33, 29, 'Elawrence29@hotmail.co.uk', '37.246.171.79', '2020-09-29 03:50:40', 5.09);
INSERT INTO public.orders VALUES (34, 31, 'richard_wood31@hotmail.co.uk', '188.12.99.216', '2020-11-20 22:03:44', 33.33);
INSERT INTO public.orders VALUES (35, 47, 'robinson.nicola47@live.co.uk', '91.128.148.83', '2019-08-13 02:29:09', 7.50);
INSERT INTO public.orders VALUES (36, 132, 'Richardson.chloe132@hotmail.co.uk', '83.53.1.240', '2020-11-07 23:16:35', 309.18);
INSERT INTO public.orders VALUES (37, 105, 'wfitzgerald105@virginmedia.com', '93.132.122.135', '2019-09-07 14:06:11', 28.45);
INSERT INTO public.orders VALUES (38, 98, 'rogers98@gmail.com', '213.137.91.197', '2023-02-21 18:13:30', 47.62);
INSERT INTO public.orders VALUES (39, 69, 'ryan.reynolds69@hotmail.co.uk', '62.200.20.33', '2021-12-12 09:12:48', 54.00);
INSERT INTO public.orders VALUES (40, 1, 'srichards1@yahoo.co.uk', '90.157.137.121', '2021-07-10 06:45:33', 172.86);
INSERT INTO public.orders VALUES (41, 176, 'karen_johnson176@sky.com', '109.53.138.7', '2021-01-25 06:37:17', 214.05);
INSERT INTO public.orders VALUES (42, 83, 'moore83@gmail.com', '77.156.102.80', '2023-02-28 14:40:21', 122.00);
INSERT INTO public.orders VALUES (32, 16, 'sophia_barker16@aol.com', '77.43.19.161', '2019-03-22 12:00:10', 188.46);
INSERT INTO public.orders VALUES (43, 14, 'miller.louise14@gmail.com', '62.220.117.67', '2020-08-24 13:27:18', 37.00);
INSERT INTO public.orders VALUES (18, 2, 'margaret.miller2@gmail.com', '2.147.93.207', '2019-10-07 22:27:29', 178.00);
INSERT INTO public.orders VALUES (44, 1, 'srichards1@yahoo.co.uk', '90.134.233.240', '2020-04-24 09:56:12', 43.88);
INSERT INTO public.orders VALUES (45, 120, 'callen120@virginmedia.com', '188.12.127.48', '2022-11-18 04:53:58', 388.42);
INSERT INTO public.orders VALUES (46, 23, 'noah.foster23@hotmail.co.uk', '82.81.247.201', '2020-10-24 11:33:55', 154.00);
INSERT INTO public.orders VALUES (47, 9, 'callum_murphy9@live.co.uk', '83.116.254.236', '2020-06-12 17:50:56', 90.00);
INSERT INTO public.orders VALUES (48, 2, 'margaret.miller2@gmail.com', '86.122.27.199', '2019-07-17 02:01:07', 31.22);
INSERT INTO public.orders VALUES (49, 89, 'mills89@gmail.com', '5.91.215.77', '2022-11-14 03:51:12', 15.75);
INSERT INTO public.orders VALUES (50, 25, 'zoe.fitzgerald25@btinternet.com', '195.112.50.70', '2021-01-18 05:37:23', 20.90);
INSERT INTO public.orders VALUES (51, 117, 'eilidh.baker117@aol.com', '77.76.43.229', '2020-07-29 04:42:55', 180.04);
INSERT INTO public.orders VALUES (52, 89, 'mills89@gmail.com', '193.138.100.157', '2022-05-15 19:56:26', 42.35);
INSERT INTO public.orders VALUES (53, 97, 'henry.ward97@sky.com', '87.86.213.50', '2020-01-01 07:21:46', 86.69);
INSERT INTO public.orders VALUES (54, 21, 'escott.21@gmail.com', '31.12.1.208', '2021-08-13 08:02:50', 19.00);
INSERT INTO public.orders VALUES (55, 65, 'Dafydd.davis65@sky.com', '78.2.78.236', '2020-05-21 03:06:21', 124.36);
INSERT INTO public.orders VALUES (48, 2, 'margaret.miller2@gmail.com', '86.122.27.199', '2019-07-17 02:01:07', 31.22);
INSERT INTO public.orders VALUES (56, 140, 'patricia.knight140@live.co.uk', '46.0.224.98', '2022-08-24 00:36:53', 104.11);
INSERT INTO public.orders VALUES (57, 134, 'eilidh.young134@googlemail.com', '81.131.211.69', '2019-04-06 17:09:59', 59.00);
INSERT INTO public.orders VALUES (58, 163, 'Moore163@gmail.com', '109.89.222.60', '2021-05-13 09:40:50', 48.49);
INSERT INTO public.orders VALUES (59, 7, 'Charlie.richards.7@googlemail.com', '212.54.131.203', '2022-05-30 12:30:45', 155.00);
INSERT INTO public.orders VALUES (60, 16, 'sophia_barker16@aol.com', '5.125.23.62', '2021-07-27 21:24:37', 179.73);
INSERT INTO public.orders VALUES (61, 103, 'angela.fox103@aol.com', '212.95.45.70', '2020-06-12 02:31:18', 22.00);
INSERT INTO public.orders VALUES (62, 14, 'miller.louise14@gmail.com', '62.56.209.70', '2019-10-25 14:21:09', 225.07);
INSERT INTO public.orders VALUES (63, 123, 'jchapman123@outlook.com', '62.50.184.187', '2019-08-17 06:08:50', 145.81);
INSERT INTO public.orders VALUES (64, 55, 'aled.harrison_55@virginmedia.com', '46.230.155.109', '2022-10-13 10:15:14', 25.12);
INSERT INTO public.orders VALUES (65, 81, 'Trevor.thompson81@virginmedia.com', '31.164.155.18', '2021-10-15 07:01:34', 134.63);
INSERT INTO public.orders VALUES (66, 1, 'srichards1@yahoo.co.uk', '31.43.80.253', '2023-01-14 04:14:15', 19.63);
INSERT INTO public.orders VALUES (67, 173, 'bethan.mckenzie173@hotmail.co.uk', '188.47.128.102', '2023-04-15 05:50:43', 47.16);
INSERT INTO public.orders VALUES (68, 74, 'carter.eoin74@live.co.uk', '78.135.106.46', '2019-10-11 22:31:09', 21.22);
INSERT INTO public.orders VALUES (69, 63, 'Barker63@googlemail.com', '92.113.117.37', '2022-09-26 12:11:48', 137.00);
INSERT INTO public.orders VALUES (70, 23, 'noah.foster23@hotmail.co.uk', '90.198.154.27', '2023-04-16 04:42:59', 36.24);
INSERT INTO public.orders VALUES (71, 21, 'escott.21@gmail.com', '212.76.55.188', '2019-09-10 04:06:06', 7.78);
INSERT INTO public.orders VALUES (72, 53, NULL, '83.251.2.35', '2019-01-31 01:38:13', 190.67);
INSERT INTO public.orders VALUES (73, 12, 'harrison12@yahoo.co.uk', '84.231.212.165', '2019-05-10 14:03:38', 35.84);
INSERT INTO public.orders VALUES (74, 81, 'Trevor.thompson81@virginmedia.com', '86.141.6.210', '2020-02-26 00:31:21', 18.40);
INSERT INTO public.orders VALUES (75, 18, 'rogers_18@virginmedia.com', '81.207.248.20', '2020-08-23 16:36:28', 6.66);
INSERT INTO public.orders VALUES (63, 123, '   jchapMan123@Outlook.com    ', '62.50.184.187', '2019-08-17 06:08:50', 145.81);
INSERT INTO public.orders VALUES (76, 178, NULL, '88.64.163.135', '2020-06-22 18:15:28', 343.09);
INSERT INTO public.orders VALUES (77, 4, 'finley.bell4@virginmedia.com', '82.58.250.227', '2021-08-10 01:17:13', 17.00);
INSERT INTO public.orders VALUES (78, 1, 'srichards1@yahoo.co.uk', '109.100.168.171', '2022-10-16 23:27:07', 158.99);
INSERT INTO public.orders VALUES (79, 55, 'aled.harrison_55@virginmedia.com', '62.170.43.127', '2021-02-08 06:04:21', 11.41);
INSERT INTO public.orders VALUES (7, 170, '  wdavis170@gmail.com ', '77.169.199.10', '2021-03-29 00:41:48', 93.00);
INSERT INTO public.orders VALUES (80, 47, 'robinson.nicola47@live.co.uk', '5.251.232.59', '2020-07-22 23:15:03', 393.15);
INSERT INTO public.orders VALUES (81, 70, 'linda.jones70@googlemail.com', '77.104.214.221', '2020-08-09 09:34:56', 252.52);
INSERT INTO public.orders VALUES (82, 29, 'Elawrence29@hotmail.co.uk', '176.132.26.154', '2019-03-26 22:50:12', 329.36);
INSERT INTO public.orders VALUES (83, 85, 'taylor85@live.co.uk', '213.190.78.138', '2023-04-16 20:34:28', 44.00);
INSERT INTO public.orders VALUES (84, 33, 'dafydd.west33@btinternet.com', '178.50.241.27', '2021-02-15 04:41:49', 41.20);
INSERT INTO public.orders VALUES (85, 1, 'srichards1@yahoo.co.uk', '84.96.139.175', '2022-05-17 18:03:18', 195.80);
INSERT INTO public.orders VALUES (86, 156, 'samanthabarker156@gmail.com', '82.96.56.147', '2023-03-01 15:33:28', 46.50);
INSERT INTO public.orders VALUES (87, 29, 'Elawrence29@hotmail.co.uk', '178.227.125.186', '2022-01-02 17:46:56', 172.00);
INSERT INTO public.orders VALUES (88, 2, 'margaret.miller2@gmail.com', '81.246.199.177', '2019-02-01 09:10:14', 21.22);
INSERT INTO public.orders VALUES (89, 49, 'leo.barker.49@icloud.com', '80.158.80.63', '2019-03-09 06:37:04', 104.00);
INSERT INTO public.orders VALUES (90, 101, 'fletcher.mason101@aol.com', '195.81.3.39', '2022-04-11 10:29:13', 29.70);
INSERT INTO public.orders VALUES (91, 94, 'vanderberg94@sky.com', '195.128.42.17', '2019-02-12 12:38:25', 31.44);
INSERT INTO public.orders VALUES (64, 55, 'aled.harrison_55@virginmedia.com', '46.230.155.109', '2022-10-13 10:15:14', 25.12);
INSERT INTO public.orders VALUES (92, 145, 'margaret_jackson145@yahoo.co.uk', '178.211.25.202', '2022-01-10 11:08:37', 18.32);


--
-- Name: people_id_seq; Type: SEQUENCE SET; Schema: public; Owner: crm
--

SELECT pg_catalog.setval('public.people_id_seq', 184, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: crm
--

SELECT pg_catalog.setval('public.orders_id_seq', 92, true);


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

CREATE INDEX idx_people_name ON public.people USING btree (last_name, first_name);


--
-- Name: idx_people_postcode; Type: INDEX; Schema: public; Owner: crm
--

CREATE INDEX idx_people_postcode ON public.people USING btree (postcode);


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

