INSERT INTO `users` VALUES (1,'a@b.fr','x;y'),(2,'c@d.fr','"q"');
