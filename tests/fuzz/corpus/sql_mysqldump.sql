-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `st` enum('a','b,c') DEFAULT 'a',
  `pw` varbinary(16),
  PRIMARY KEY (`id`),
  KEY `k` (`email`),
  CONSTRAINT `fk` FOREIGN KEY (`id`) REFERENCES `o` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'a@b.fr','a',_binary '\0\\'),(2,'o\'b ),( ;','b,c',0xDEADBEEF),(-3,'x\ny',NULL,X'00ff');
INSERT INTO `users` (`email`,`id`) VALUES ('c@d.fr',4) ON DUPLICATE KEY UPDATE id=id;
UNLOCK TABLES;
