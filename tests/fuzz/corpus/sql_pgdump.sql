--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE FUNCTION public.f() RETURNS int AS $_$ SELECT 1; $_$;
CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(255),
    "Full Name" text
);
COPY public.users (id, email, "Full Name") FROM stdin;
1	a@b.fr	Jean
2	\N	tab\there\\ \101\x42
\.
INSERT INTO public.users VALUES (3, 'it''s', E'\n\u00e9'), (4, 'C:\path', NULL);
