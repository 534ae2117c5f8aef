--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE FUNCTION public.f() RETURNS trigger AS $_$ BEGIN INSERT INTO x VALUES (1); RETURN NEW; END $_$ LANGUAGE plpgsql;
CREATE TABLE public.people (
    id integer NOT NULL,
    email character varying(255),
    nom text,
    nir text
);
COPY public.people (id, email, nom, nir) FROM stdin;
1	jeanne@example.fr	Martin	2 85 03 75 116 238 62
2	\N	Dur\tand	\N
3	c@d.fr	back\\slash	
1	jeanne@example.fr	Martin	2 85 03 75 116 238 62
\.
COPY public.cards (id, pan) FROM stdin;
1	4970 1012 3456 7890
2	5555555555554444
\.
INSERT INTO public.people (id, email, nom, nir) VALUES (4, E'e\'x@example.fr', 'O''Hara', NULL);




