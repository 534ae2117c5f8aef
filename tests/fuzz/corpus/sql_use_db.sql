-- MySQL dump 10.13
USE `shop`;
CREATE TABLE `users` (`id` int, `email` text);
INSERT INTO `users` VALUES ROW(1,'a'), ROW(2,'b');
USE crm;
INSERT INTO users VALUES (3,'c');
COPY users (id, email) FROM stdin WITH (FORMAT csv, HEADER, NULL 'NA');
id,email
4,"x, ""y"""
5,NA
\.
COPY t FROM stdin DELIMITER '|';
6|z
\.
