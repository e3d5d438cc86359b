package com.siglume.sdrp.benchmarks.startup;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's catalogue, read from the database: what makes the baseline use MVC and JDBC. */
@RestController
class ProductController {

    private final JdbcTemplate jdbc;

    ProductController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/products")
    List<Map<String, Object>> products() {
        return jdbc.queryForList("SELECT id, name, price_minor, currency FROM product ORDER BY id");
    }
}
