# comment
DELIMITER ;;
CREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (1); END ;;
DELIMITER ;
INSERT IGNORE INTO db.t VALUES (+1, .5, 1e3, NOW(), CONCAT('a', ')'), DATE '2020-01-01', TRUE, null, b'01', N'n', _utf8mb4 'x' /* c */, 'y'::text) -- end
insert into t values (2)
