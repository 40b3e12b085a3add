# The 评审专家 role of 揭榜挂帅 (kechuang.web.challenges): an expert sees and scores only the applications assigned.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0005_profile_enterprise_alter_profile_role'),
    ]

    operations = [
        migrations.AlterField(
            model_name='profile',
            name='role',
            field=models.CharField(choices=[('admin', '管理员'), ('bureau', '科技局(方案管理)'), ('department', '责任部门'), ('leader', '领导(只读)'), ('evaluator', '评价方'), ('enterprise', '企业用户'), ('expert', '评审专家')], max_length=16, verbose_name='角色'),
        ),
    ]
