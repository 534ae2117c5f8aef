-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `telephone` varchar(32) DEFAULT '',
  `password` varchar(64),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'jeanne.martin@example.fr','0612345678','5f4dcc3b5aa765d61d8327deb882cf99'),(2,'paul@example.fr',NULL,''),(3,'o\'brien@example.co.uk','+44 20 7946 0958','x\\y'),(1,'jeanne.martin@example.fr','0612345678','5f4dcc3b5aa765d61d8327deb882cf99');
UNLOCK TABLES;
CREATE TABLE `orders` (`id` int, `user_id` int, `iban` varchar(34), `note` text);
INSERT INTO `orders` (`id`,`user_id`,`iban`,`note`) VALUES (1,1,'FR7630006000011234567890189','a;b,c'),(2,2,NULL,'multi
line');
INSERT INTO `users` VALUES (4,'late@example.fr','0700000000',NULL);
INSERT INTO `orders` VALUES (3,4,'GB82WEST12345698765432');


